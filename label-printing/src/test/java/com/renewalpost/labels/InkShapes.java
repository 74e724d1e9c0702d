package com.renewalpost.labels;

import java.awt.Image;
import java.awt.image.BufferedImage;

/**
 * Compares two renderings of the same words by the shape of their ink, whatever the resolution and the renderer: each is
 * cut to its ink, scaled to a common height, softened a little (anti-aliasing differs between renderers) and laid over
 * the other. Test support only.
 */
public final class InkShapes {

    /** Height both inks are scaled to: the size of a word in a printed line, plenty to tell joined from isolated letters. */
    public static final int HEIGHT = 48;

    private InkShapes() {
    }

    /**
     * How alike the two inks are, 0 to 1: the overlap of their ink over their union (soft Jaccard index), after scaling
     * the second to the first's height and width. Ink boxes of different proportions are compared as they are squeezed,
     * so a word drawn wider or narrower (missing glyphs, other spacing) scores low too.
     */
    public static double similarity(BufferedImage a, BufferedImage b) {
        float[][] x = soften(scaled(cropToInk(coverage(a)), HEIGHT, -1));
        int width = x[0].length;
        float[][] y = soften(scaled(cropToInk(coverage(b)), HEIGHT, width));
        double overlap = 0;
        double union = 0;
        for (int j = 0; j < HEIGHT; j++) {
            for (int i = 0; i < width; i++) {
                overlap += Math.min(x[j][i], y[j][i]);
                union += Math.max(x[j][i], y[j][i]);
            }
        }
        return union == 0 ? 0 : overlap / union;
    }

    /** Width over height of the ink's bounding box. */
    public static double aspect(BufferedImage image) {
        float[][] ink = cropToInk(coverage(image));
        return (double) ink[0].length / ink.length;
    }

    /** Ink coverage per pixel: 0 for white paper, 1 for black. */
    static float[][] coverage(BufferedImage image) {
        float[][] ink = new float[image.getHeight()][image.getWidth()];
        int[] rgb = new int[image.getWidth()];
        for (int j = 0; j < image.getHeight(); j++) {
            PdfReading.rgbRow(image, j, rgb);
            for (int i = 0; i < image.getWidth(); i++) {
                int grey = (((rgb[i] >> 16) & 0xFF) * 299 + ((rgb[i] >> 8) & 0xFF) * 587 + (rgb[i] & 0xFF) * 114) / 1000;
                ink[j][i] = 1 - grey / 255f;
            }
        }
        return ink;
    }

    static float[][] cropToInk(float[][] ink) {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (int j = 0; j < ink.length; j++) {
            for (int i = 0; i < ink[j].length; i++) {
                if (ink[j][i] > 0.25f) {
                    top = Math.min(top, j);
                    bottom = Math.max(bottom, j);
                    left = Math.min(left, i);
                    right = Math.max(right, i);
                }
            }
        }
        if (bottom < 0) {
            throw new AssertionError("No ink at all: nothing was drawn");
        }
        float[][] out = new float[bottom - top + 1][right - left + 1];
        for (int j = top; j <= bottom; j++) {
            System.arraycopy(ink[j], left, out[j - top], 0, right - left + 1);
        }
        return out;
    }

    /** Area-averaged resampling to the height, and to the width when given (else the width that keeps the proportions). */
    static float[][] scaled(float[][] ink, int height, int width) {
        int w = width > 0 ? width : Math.max(1, Math.round((float) ink[0].length * height / ink.length));
        BufferedImage grey = new BufferedImage(ink[0].length, ink.length, BufferedImage.TYPE_BYTE_GRAY);
        for (int j = 0; j < ink.length; j++) {
            for (int i = 0; i < ink[0].length; i++) {
                int v = Math.round(255 * (1 - ink[j][i]));
                grey.setRGB(i, j, 0xFF000000 | v << 16 | v << 8 | v);
            }
        }
        Image smaller = grey.getScaledInstance(w, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(w, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getGraphics().drawImage(smaller, 0, 0, null);
        return coverage(out);
    }

    /** A 3×3 box blur: one pixel of difference in where an edge falls is not a different letter. */
    static float[][] soften(float[][] ink) {
        int h = ink.length;
        int w = ink[0].length;
        float[][] out = new float[h][w];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                float sum = 0;
                int n = 0;
                for (int dj = -1; dj <= 1; dj++) {
                    for (int di = -1; di <= 1; di++) {
                        int y = j + dj;
                        int x = i + di;
                        if (y >= 0 && y < h && x >= 0 && x < w) {
                            sum += ink[y][x];
                            n++;
                        }
                    }
                }
                out[j][i] = sum / n;
            }
        }
        return out;
    }
}
