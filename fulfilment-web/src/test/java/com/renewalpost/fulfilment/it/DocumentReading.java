package com.renewalpost.fulfilment.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.MultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.oned.Code128Reader;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/** Reads print-run documents back as a scanner or a person would: page texts and the barcodes on each page. */
final class DocumentReading {

    static final Pattern ORDER_NUMBER = Pattern.compile("RP-[0-9A-Z]{9}");
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));

    /** The barcodes found on one page, by symbology. */
    record PageBarcodes(Set<String> code128, Set<String> qr) {
    }

    // PDFBox reports every CJK cmap subtable it reads: keep the server log readable (held, so the level sticks)
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        FONTBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    private DocumentReading() {
    }

    static List<String> pageTexts(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            var stripper = new PDFTextStripper();
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

    /**
     * Every page rendered at the given resolution and scanned for QR and Code 128 symbols. Pages are
     * read in parallel, one reader per processor, each with its own copy of the document (PDFBox
     * documents are not thread-safe): the search of a whole page takes a second or more.
     */
    static List<PageBarcodes> barcodes(byte[] pdf, float dpi) {
        int pages = pageCount(pdf);
        int readers = Math.max(1, Math.min(pages, Runtime.getRuntime().availableProcessors()));
        var found = new PageBarcodes[pages];
        // new threads take this thread's context class loader: the deployment's, where PDFBox and ZXing are
        var pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int reader = 0; reader < readers; reader++) {
                int first = reader;
                work.add(pool.submit(() -> {
                    try (var doc = Loader.loadPDF(pdf)) {
                        var renderer = new PDFRenderer(doc);
                        for (int i = first; i < pages; i += readers) {
                            var image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                            found[i] = new PageBarcodes(code128(bitmap), qr(bitmap));
                        }
                    }
                    return null;
                }));
            }
            for (var done : work) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(found);
    }

    private static int pageCount(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> orderNumbersIn(String text) {
        List<String> found = new ArrayList<>();
        var m = ORDER_NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    // One reader per symbology: much cheaper than trying every format on every part of the page.
    private static Set<String> code128(BinaryBitmap bitmap) {
        Set<String> found = new TreeSet<>();
        try {
            for (Result r : new GenericMultipleBarcodeReader(new Code128Reader()).decodeMultiple(bitmap, HINTS)) {
                found.add(r.getText());
            }
        } catch (NotFoundException none) {
            // no Code 128 on the page
        }
        return found;
    }

    // the multi-detector finds the finder patterns where the single one now and then does not;
    // splitting the page is the last resort
    private static Set<String> qr(BinaryBitmap bitmap) {
        Set<String> found = new TreeSet<>();
        for (var reader : List.<MultipleBarcodeReader>of(new QRCodeMultiReader(),
                new GenericMultipleBarcodeReader(new QRCodeReader()))) {
            try {
                for (Result r : reader.decodeMultiple(bitmap, HINTS)) {
                    found.add(r.getText());
                }
            } catch (NotFoundException none) {
                // try the next reader
            }
            if (!found.isEmpty()) {
                break;
            }
        }
        return found;
    }
}
