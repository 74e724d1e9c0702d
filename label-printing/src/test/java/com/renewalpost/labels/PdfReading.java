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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
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
import java.awt.geom.Rectangle2D;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** Reads PDFs back the way a person or a scanner would: text, pixels, barcodes and fonts. Test support only. */
public final class PdfReading {

    /** Half an inch, in points: what {@link #barcodeAreas} takes around a symbol. */
    private static final float MARGIN = 36;

    /** What getRGB gives for each level of 8-bit grey (it turns linear grey into sRGB). */
    private static final int[] RGB_OF_GREY = new int[256];

    static {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        for (int level = 0; level < 256; level++) {
            probe.getRaster().setSample(0, 0, 0, level);
            RGB_OF_GREY[level] = probe.getRGB(0, 0);
        }
    }

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
            BufferedImage blackAndWhite = renderBlackAndWhite(new PDFRenderer(doc), index, dpi);
            BufferedImage bits = new BufferedImage(blackAndWhite.getWidth(), blackAndWhite.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            byte[] in = ((DataBufferByte) blackAndWhite.getRaster().getDataBuffer()).getData();
            byte[] out = ((DataBufferByte) bits.getRaster().getDataBuffer()).getData();
            int stride = ((MultiPixelPackedSampleModel) bits.getSampleModel()).getScanlineStride();
            for (int y = 0; y < bits.getHeight(); y++) {
                for (int x = 0; x < bits.getWidth(); x++) {
                    if (in[y * bits.getWidth() + x] != 0) {
                        out[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8)); // bit 1, white in the binary palette
                    }
                }
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What {@link #renderOneBit} shows, as 8-bit grey that is only ever 0 or 255, which ZXing reads as it is. The cut
     * goes where getRGB's sRGB grey is below 128, through a table of the 256 greys: per-pixel getRGB/setRGB took most
     * of a page's time.
     */
    private static BufferedImage renderBlackAndWhite(PDFRenderer renderer, int index, float dpi) throws IOException {
        renderer.setRenderingHints(new RenderingHints(Map.of(
                RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF,
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF,
                RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED,
                RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)));
        BufferedImage grey = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalStateException("PDFBox rendered grey as image type " + grey.getType());
        }
        byte[] cut = new byte[256];
        for (int level = 0; level < 256; level++) {
            cut[level] = (byte) ((RGB_OF_GREY[level] & 0xFF) < 128 ? 0 : 255);
        }
        int width = grey.getWidth();
        BufferedImage out = new BufferedImage(width, grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[width];
        for (int y = 0; y < grey.getHeight(); y++) {
            grey.getRaster().getDataElements(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = cut[row[x] & 0xFF];
            }
        }
        return out;
    }

    /**
     * The narrowest filled rectangle on a page, in points of the page, forms and their turns included: on labels the
     * filled rectangles are the bars and modules of barcodes. Zero when the page fills none.
     */
    public static float narrowestFilledRectangle(byte[] pdf, int index) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(index);
            float[] narrowest = {Float.MAX_VALUE};
            new RectangleFills(page) {
                private final List<Float> pending = new ArrayList<>();

                @Override
                void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    pending.add((float) Math.min(p0.distance(p1), p1.distance(p2)));
                }

                @Override
                void filled() {
                    pending.forEach(w -> narrowest[0] = Math.min(narrowest[0], w));
                }

                @Override
                void ended() {
                    pending.clear();
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

    /**
     * Every QR and Code 128 symbol ZXing finds on each page of a one-bit render (as {@link #renderOneBit}) at a
     * resolution, in page order. ZXing reads the parts of the render that hold barcodes (see {@link #barcodeAreas}), as
     * the view shows them (e.g. turned as a person holds the sheet): on a whole letter page it spent over a second
     * per page searching blank paper. Pages are read in parallel, each thread with its own copy of the document
     * (PDFBox documents are not thread-safe).
     */
    public static List<List<Result>> barcodesOfPages(byte[] pdf, float dpi, UnaryOperator<BufferedImage> view) {
        int pages = pageCount(pdf);
        int readers = Math.max(1, Math.min(pages, Runtime.getRuntime().availableProcessors()));
        AtomicReferenceArray<List<Result>> found = new AtomicReferenceArray<>(pages);
        IntStream.range(0, readers).parallel().forEach(reader -> {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page = reader; page < pages; page += readers) {
                    BufferedImage image = renderBlackAndWhite(renderer, page, dpi);
                    List<Result> results = new ArrayList<>();
                    for (Rectangle2D area : barcodeAreas(doc.getPage(page))) {
                        results.addAll(barcodes(view.apply(crop(image, area, dpi))));
                    }
                    found.set(page, List.copyOf(results));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<List<Result>> byPage = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            byPage.add(found.get(page));
        }
        return byPage;
    }

    /**
     * Where a page draws anything a barcode could be made of, in points from the top left of its crop box: every fill
     * made of rectangles in a colour that prints black (BarcodeSymbol fills a symbol's bars or modules as one black
     * path of rectangles; forms and their turns included) and half an inch around it, which holds the symbol's quiet
     * zone (ten modules for Code 128, four for QR: under a quarter inch in these documents) and whatever is printed
     * next to it; cut to the page; areas that overlap merged into one, so no area cuts through a symbol.
     */
    public static List<Rectangle2D> barcodeAreas(PDPage page) throws IOException {
        if (page.getRotation() != 0) {
            throw new IllegalArgumentException("Pages with /Rotate are not supported here");
        }
        PDRectangle box = page.getCropBox();
        Rectangle2D pageArea = new Rectangle2D.Float(0, 0, box.getWidth(), box.getHeight());
        List<Rectangle2D> areas = new ArrayList<>();
        new RectangleFills(page) {
            private Rectangle2D pending;

            @Override
            void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                    Point2D onPage = new Point2D.Double(p.getX() - box.getLowerLeftX(), box.getUpperRightY() - p.getY());
                    if (pending == null) {
                        pending = new Rectangle2D.Double(onPage.getX(), onPage.getY(), 0, 0);
                    } else {
                        pending.add(onPage);
                    }
                }
            }

            @Override
            void filled() throws IOException {
                if (pending != null && printsBlack(getGraphicsState().getNonStrokingColor())) {
                    Rectangle2D area = new Rectangle2D.Double(pending.getX() - MARGIN, pending.getY() - MARGIN,
                            pending.getWidth() + 2 * MARGIN, pending.getHeight() + 2 * MARGIN).createIntersection(pageArea);
                    if (!area.isEmpty()) {
                        areas.add(area);
                    }
                }
            }

            @Override
            void ended() {
                pending = null;
            }
        }.run();
        for (boolean merged = true; merged; ) {
            merged = false;
            for (int i = 0; i < areas.size() && !merged; i++) {
                for (int j = i + 1; j < areas.size() && !merged; j++) {
                    if (areas.get(i).intersects(areas.get(j))) {
                        areas.set(i, areas.get(i).createUnion(areas.remove(j)));
                        merged = true;
                    }
                }
            }
        }
        return areas;
    }

    /**
     * Whether a fill colour comes out black when cut at mid-grey; a light fill (the grey panel behind a letter's code)
     * comes out white, so cannot be a symbol a scanner reads. A colour PDFBox cannot turn into RGB counts as black.
     */
    private static boolean printsBlack(PDColor colour) {
        try {
            int rgb = colour.toRGB();
            return 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF) < 128;
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** The pixels of a page render (at dpi) that cover an area given in points from the page's top left. */
    private static BufferedImage crop(BufferedImage page, Rectangle2D area, float dpi) {
        double scale = dpi / 72.0;
        int left = Math.max(0, (int) Math.floor(area.getMinX() * scale));
        int top = Math.max(0, (int) Math.floor(area.getMinY() * scale));
        int right = Math.min(page.getWidth(), (int) Math.ceil(area.getMaxX() * scale));
        int bottom = Math.min(page.getHeight(), (int) Math.ceil(area.getMaxY() * scale));
        BufferedImage part = page.getSubimage(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        BufferedImage copy = new BufferedImage(part.getWidth(), part.getHeight(), page.getType());
        part.copyData(copy.getRaster());
        return copy;
    }

    /** Texts of the barcodes of the given format among the results. */
    public static Set<String> decoded(List<Result> results, BarcodeFormat format) {
        Set<String> texts = new TreeSet<>();
        for (Result r : results) {
            if (r.getBarcodeFormat() == format) {
                texts.add(r.getText());
            }
        }
        return texts;
    }

    /** Texts of the barcodes of the given format on the image. */
    public static Set<String> decoded(BufferedImage image, BarcodeFormat format) {
        return decoded(barcodes(image), format);
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
        int width = Math.min(image.getWidth(), x + w) - x;
        if (width <= 0) {
            return 0;
        }
        int[] row = new int[image.getWidth()];
        for (int j = y; j < Math.min(image.getHeight(), y + h); j++) {
            rgbRow(image, j, row);
            for (int i = x; i < x + width; i++) {
                if ((row[i] & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /**
     * A row of an image as {@link BufferedImage#getRGB(int, int)} gives each pixel. For 8-bit grey, the renders here,
     * through a table of what getRGB gives for each of the 256 greys: getRGB turns every pixel from linear grey into
     * sRGB, which took most of the time of the tests that count ink.
     */
    public static void rgbRow(BufferedImage image, int y, int[] rgb) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            image.getRGB(0, y, image.getWidth(), 1, rgb, 0, image.getWidth());
            return;
        }
        byte[] levels = new byte[image.getWidth()];
        image.getRaster().getDataElements(0, y, image.getWidth(), 1, levels);
        for (int x = 0; x < levels.length; x++) {
            rgb[x] = RGB_OF_GREY[levels[x] & 0xFF];
        }
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

    /**
     * A page's drawing as the rectangles appended to its paths and the fills that paint them, all else ignored: what
     * barcodes are made of (BarcodeSymbol fills a symbol's bars or modules as one path of rectangles).
     */
    private abstract static class RectangleFills extends PDFGraphicsStreamEngine {
        private final PDPage page;

        RectangleFills(PDPage page) {
            super(page);
            this.page = page;
        }

        /** A rectangle is appended to the current path. */
        abstract void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3);

        /** The current path is filled (stroked or not), in the graphics state's non-stroking colour. */
        abstract void filled() throws IOException;

        /** The current path is done with: filled, stroked or dropped. */
        abstract void ended();

        final void run() throws IOException {
            processPage(page);
        }

        @Override
        public final void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangle(p0, p1, p2, p3);
        }

        @Override
        public final void fillPath(int windingRule) throws IOException {
            filled();
            ended();
        }

        @Override
        public final void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public final void strokePath() {
            ended();
        }

        @Override
        public final void endPath() {
            ended();
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
    }
}
