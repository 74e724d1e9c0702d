package com.renewalpost.labels.shipping;

import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.font.FontUnavailableException;
import com.renewalpost.labels.font.TextStyle;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lines of a ZPL label that the printer's resident font cannot print, drawn as 1-bit {@code ^GFA} graphics at 203 dpi
 * with the fonts the PDF embeds (the Latin face of the style, the CJK face for what it lacks), shaped by the JDK's text
 * layout so that combining marks sit on their letters. Not thread-safe.
 */
final class LineGraphics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    private final FontPaths paths;
    private final CjkFace face;
    private final Map<TextStyle, Font> latin = new EnumMap<>(TextStyle.class);
    private Font cjk;

    LineGraphics(FontPaths paths, CjkFace face) {
        this.paths = paths;
        this.face = face;
    }

    /**
     * Appends one {@code ^FO...^GFA...^FS} field: the line at {@code sizeDots} (the em, as the PDF's size in dots), its
     * first line's top at (x, y), cut to {@code maxWidth} dots; only the rows and columns that carry ink are sent.
     */
    void field(StringBuilder z, String line, TextStyle style, float sizeDots, int x, int y, int maxWidth) {
        Font primary = latin(style).deriveFont(sizeDots);
        int height = (int) Math.ceil(sizeDots * 1.4f);
        int baseline = Math.round(sizeDots * 1.15f); // room above the cap height for stacked marks (Ễ)
        BufferedImage image = new BufferedImage(maxWidth, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, maxWidth, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            float pen = 0;
            int start = 0;
            while (start < line.length()) {
                // a run of characters the Latin face has (spaces and marks join the run they follow), else the CJK face
                boolean inLatin = primary.canDisplay(line.codePointAt(start));
                int end = start;
                while (end < line.length()) {
                    int cp = line.codePointAt(end);
                    boolean joins = Character.isWhitespace(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
                    if (end > start && !joins && primary.canDisplay(cp) != inLatin) {
                        break;
                    }
                    end += Character.charCount(cp);
                }
                Font font = inLatin ? primary : cjk().deriveFont(sizeDots);
                TextLayout layout = new TextLayout(line.substring(start, end), font, CONTEXT);
                layout.draw(g, pen, baseline);
                pen += layout.getAdvance();
                start = end;
            }
        } finally {
            g.dispose();
        }
        int top = height;
        int bottom = -1;
        int right = -1;
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < maxWidth; col++) {
                if ((image.getRGB(col, row) & 0xFFFFFF) == 0) {
                    top = Math.min(top, row);
                    bottom = Math.max(bottom, row);
                    right = Math.max(right, col);
                }
            }
        }
        if (bottom < 0) {
            return; // only spaces
        }
        int rowBytes = (right + 8) / 8;
        int rows = bottom - top + 1;
        StringBuilder hex = new StringBuilder(rowBytes * rows * 2);
        for (int row = top; row <= bottom; row++) {
            for (int b = 0; b < rowBytes; b++) {
                int value = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int col = b * 8 + bit;
                    if (col <= right && (image.getRGB(col, row) & 0xFFFFFF) == 0) {
                        value |= 0x80 >> bit;
                    }
                }
                hex.append(Character.toUpperCase(Character.forDigit(value >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(value & 0xF, 16)));
            }
        }
        // the graphic's top is placed where the ink starts, so the text sits where a resident-font line would
        int fieldY = y + top - (baseline - Math.round(sizeDots * 0.95f));
        z.append("^FO").append(x).append(',').append(Math.max(0, fieldY)).append("^GFA,").append(rowBytes * rows).append(',')
                .append(rowBytes * rows).append(',').append(rowBytes).append(',').append(hex).append("^FS\n");
    }

    private Font latin(TextStyle style) {
        return latin.computeIfAbsent(style, s -> load(switch (s) {
            case REGULAR -> paths.latinRegular();
            case BOLD -> paths.latinBold();
            case MONO -> paths.latinMono();
        }, 0));
    }

    private Font cjk() {
        if (cjk == null) {
            cjk = load(paths.cjk(), face.collectionIndex());
        }
        return cjk;
    }

    private static Font load(Path path, int index) {
        try {
            Font[] fonts = Font.createFonts(path.toFile());
            return fonts[Math.min(index, fonts.length - 1)];
        } catch (IOException | FontFormatException e) {
            throw new FontUnavailableException("Font " + path + " cannot be read for a ZPL graphic: " + e.getMessage(), e);
        }
    }
}
