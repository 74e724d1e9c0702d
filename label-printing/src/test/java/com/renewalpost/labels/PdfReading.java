package com.renewalpost.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.cos.COSDictionary;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads PDFs back the way a person or a scanner would: text, pixels, barcodes and fonts. Test support only. */
public final class PdfReading {

    private PdfReading() {
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of each page, in reading order. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    public static float[] pageSize(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(index);
            return new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage render(byte[] pdf, int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as a thermal printer or a fax-grade scanner sees it: rendered without anti-aliasing and cut at mid-grey
     * into pure black and white, one bit per pixel.
     */
    public static BufferedImage renderOneBit(byte[] pdf, int index, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setRenderingHints(new RenderingHints(Map.of(
                    RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF,
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF,
                    RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED,
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)));
            BufferedImage grey = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
            BufferedImage bits = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < grey.getHeight(); y++) {
                for (int x = 0; x < grey.getWidth(); x++) {
                    bits.setRGB(x, y, (grey.getRGB(x, y) & 0xFF) < 128 ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The narrowest filled rectangle on a page, in points of the page, forms and their turns included: on labels the
     * filled rectangles are the bars and modules of barcodes. Zero when the page fills none.
     */
    public static float narrowestFilledRectangle(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(index);
            float[] narrowest = {Float.MAX_VALUE};
            new PDFGraphicsStreamEngine(page) {
                private final List<Float> pending = new ArrayList<>();

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    pending.add((float) Math.min(p0.distance(p1), p1.distance(p2)));
                }

                @Override
                public void fillPath(int windingRule) {
                    pending.forEach(w -> narrowest[0] = Math.min(narrowest[0], w));
                    pending.clear();
                }

                @Override
                public void fillAndStrokePath(int windingRule) {
                    fillPath(windingRule);
                }

                @Override
                public void strokePath() {
                    pending.clear();
                }

                @Override
                public void endPath() {
                    pending.clear();
                }

                @Override
                public void drawImage(PDImage pdImage) {
                }

                @Override
                public void clip(int windingRule) {
                }

                @Override
                public void moveTo(float x, float y) {
                }

                @Override
                public void lineTo(float x, float y) {
                }

                @Override
                public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                }

                @Override
                public Point2D getCurrentPoint() {
                    return new Point2D.Float();
                }

                @Override
                public void closePath() {
                }

                @Override
                public void shadingFill(COSName shadingName) {
                }

                void run() throws IOException {
                    processPage(page);
                }
            }.run();
            return narrowest[0] == Float.MAX_VALUE ? 0 : narrowest[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the glyphs of a marked-content span whose {@code /ActualText} is the given text lie on a page, as PDFBox (not
     * the code that drew them) reads them: in points from the page's top left, {@code y} the baseline most glyphs sit on
     * and {@code size} their font size.
     */
    public record SpanBox(float left, float right, float baseline, float size) {
    }

    public static SpanBox spanBox(byte[] pdf, int index, String actualText) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper finder = new PDFTextStripper() {
                private final Deque<Boolean> spans = new ArrayDeque<>();

                @Override
                public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                    spans.push(properties != null && actualText.equals(properties.getString(COSName.ACTUAL_TEXT)));
                    super.beginMarkedContentSequence(tag, properties);
                }

                @Override
                public void endMarkedContentSequence() {
                    if (!spans.isEmpty()) {
                        spans.pop();
                    }
                    super.endMarkedContentSequence();
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    if (spans.contains(Boolean.TRUE)) {
                        glyphs.add(text);
                    }
                    super.processTextPosition(text);
                }
            };
            finder.setStartPage(index + 1);
            finder.setEndPage(index + 1);
            finder.getText(doc);
            if (glyphs.isEmpty()) {
                throw new AssertionError("No glyphs in a span with /ActualText " + actualText);
            }
            float left = (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            float right = (float) glyphs.stream().mapToDouble(t -> t.getXDirAdj() + t.getWidthDirAdj()).max().orElseThrow();
            Map<Float, Integer> baselines = new java.util.HashMap<>();
            glyphs.forEach(t -> baselines.merge(t.getYDirAdj(), 1, Integer::sum));
            float baseline = baselines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return new SpanBox(left, right, baseline, glyphs.get(0).getFontSizeInPt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle of a page (points from its top left) rendered at a resolution, anti-aliased, on white. */
    public static BufferedImage renderArea(byte[] pdf, int index, float dpi, float x, float y, float width, float height) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float scale = dpi / 72;
            int left = (int) Math.floor(x * scale);
            int top = (int) Math.floor(y * scale);
            int w = (int) Math.ceil(width * scale);
            int h = (int) Math.ceil(height * scale);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setBackground(java.awt.Color.WHITE); // the renderer clears the page with the background colour, black by default
            g.clearRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.translate(-left, -top);
            new PDFRenderer(doc).renderPageToGraphics(index, g, scale);
            g.dispose();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every QR and Code 128 symbol ZXing finds on the image. */
    public static List<Result> barcodes(BufferedImage image) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return List.of(new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints));
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** Texts of the barcodes of the given format on the image. */
    public static Set<String> decoded(BufferedImage image, BarcodeFormat format) {
        Set<String> texts = new TreeSet<>();
        for (Result r : barcodes(image)) {
            if (r.getBarcodeFormat() == format) {
                texts.add(r.getText());
            }
        }
        return texts;
    }

    /** The image turned a quarter clockwise, as a label on a sheet is read. */
    public static BufferedImage turnedClockwise(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), image.getType());
        AffineTransform turn = new AffineTransform();
        turn.translate(image.getHeight(), 0);
        turn.quadrantRotate(1);
        return new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
    }

    /** Count of pixels darker than mid-grey inside the rectangle (in pixels). */
    public static long ink(BufferedImage image, int x, int y, int w, int h) {
        long dark = 0;
        for (int j = y; j < Math.min(image.getHeight(), y + h); j++) {
            for (int i = x; i < Math.min(image.getWidth(), x + w); i++) {
                if ((image.getRGB(i, j) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** "name: embedded?" for every font used on any page or in any form the pages draw. */
    public static Map<String, Boolean> fonts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, Boolean> fonts = new java.util.TreeMap<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of raster images on all pages, forms included: barcodes must be vector shapes. */
    public static int rasterImages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int count = 0;
            for (PDPage page : doc.getPages()) {
                count += images(page.getResources(), 0);
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, Map<String, Boolean> fonts, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.put(font.getName(), font.isEmbedded());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static int images(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                count++;
            } else if (x instanceof PDFormXObject form) {
                count += images(form.getResources(), depth + 1);
            }
        }
        return count;
    }

    /** A character as drawn on a page: where it starts and ends across (x, in points from the left) and its baseline. */
    public record Glyph(int page, String text, float x, float endX, float y) {
    }

    /** Every character of the document with its position, in drawing order (PDFBox's TextPosition). */
    public static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(),
                            text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj()));
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a word lies on a page, {start x, end x, baseline y}, on the first line that has it; null if no line has it. */
    public static float[] spanOf(List<Glyph> glyphs, int page, String word) {
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            var run = new StringBuilder();
            for (int k = 0; k < word.length(); k++) {
                Glyph g = glyphs.get(i + k);
                if (g.page() != page || Math.abs(g.y() - glyphs.get(i).y()) > 0.5f) {
                    break;
                }
                run.append(g.text());
            }
            if (run.toString().equals(word)) {
                return new float[] {glyphs.get(i).x(), glyphs.get(i + word.length() - 1).endX(), glyphs.get(i).y()};
            }
        }
        return null;
    }
}
