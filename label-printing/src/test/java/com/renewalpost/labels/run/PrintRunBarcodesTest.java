package com.renewalpost.labels.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Every barcode of a print run of 50 letters and labels decodes from black-and-white renders at the resolution of a
 * thermal label printer (203 dpi) and of a coarse office print or scan (150 dpi). Order numbers are the web module's
 * real shape (RP- and nine letters and digits), which Code 128 cannot shorten with its digit-pair code set. ZXing
 * reads the parts of each page render that hold barcodes ({@link PdfReading#barcodesOfPages}).
 */
class PrintRunBarcodesTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXY";
    private static final int RUN = 50;

    /** Item n of the run with an order number like the web module's. */
    private static Envelope item(int n, Random random) {
        Envelope base = RunDocumentsWriterTest.item(n);
        StringBuilder order = new StringBuilder("RP-");
        for (int i = 0; i < 9; i++) {
            order.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        LetterContent l = base.letter();
        ShippingLabelContent s = base.label();
        return new Envelope(
                new LetterContent(order.toString(), l.language(), l.customerName(), l.productName(), l.planDescription(), l.code(), l.letterDate()),
                new ShippingLabelContent(order.toString(), s.recipient(), s.service(), s.trackingNumber(), s.customs()));
    }

    private static List<Envelope> run() {
        Random random = new Random(14);
        List<Envelope> items = new ArrayList<>();
        for (int n = 1; n <= RUN; n++) {
            items.add(item(n, random));
        }
        return items;
    }

    @Test
    void everyBarcodeOfFiftyLettersAndLabelsDecodesFromOneBitRendersAt203And150Dpi() {
        List<Envelope> items = run();
        ByteArrayOutputStream letters = new ByteArrayOutputStream();
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6).write(items, new PrintRunOutputs(letters, labels, null, null), "r");
        List<String> failures = new ArrayList<>();
        for (int dpi : new int[] {203, 150}) {
            List<List<Result>> labelPages = PdfReading.barcodesOfPages(labels.toByteArray(), dpi, UnaryOperator.identity());
            List<List<Result>> letterPages = PdfReading.barcodesOfPages(letters.toByteArray(), dpi, UnaryOperator.identity());
            int labelsDecoded = 0;
            int lettersDecoded = 0;
            for (int i = 0; i < RUN; i++) {
                Envelope item = items.get(i);
                Set<String> expected = item.label().trackingNumber() == null ? Set.of(item.orderNumber())
                        : Set.of(item.orderNumber(), item.label().trackingNumber());
                Set<String> found = PdfReading.decoded(labelPages.get(i), BarcodeFormat.CODE_128);
                if (found.equals(expected)) {
                    labelsDecoded++;
                } else {
                    failures.add("label " + (i + 1) + " at " + dpi + " dpi: " + found + " instead of " + expected);
                }
                Set<String> bars = PdfReading.decoded(letterPages.get(i), BarcodeFormat.CODE_128);
                Set<String> qr = PdfReading.decoded(letterPages.get(i), BarcodeFormat.QR_CODE);
                String payload = item.letter().code().qrPayload(Samples.settings().topUpUrlTemplate());
                if (bars.equals(Set.of(item.orderNumber())) && qr.equals(Set.of(payload))) {
                    lettersDecoded++;
                } else {
                    failures.add("letter " + (i + 1) + " at " + dpi + " dpi: " + bars + " " + qr);
                }
            }
            System.out.printf("1-bit %d dpi: labels %d/%d, letters %d/%d decoded%n", dpi, labelsDecoded, RUN, lettersDecoded, RUN);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void labelsOnSheetsDecodeFromOneBitRendersAt150Dpi() {
        List<Envelope> items = run().subList(0, 6);
        ByteArrayOutputStream sheets = new ByteArrayOutputStream();
        new RunDocumentsWriter(Samples.settings().withPaper(PaperSize.A4), LabelMedia.SHEETS)
                .write(items, new PrintRunOutputs(null, sheets, null, null), "r");
        List<List<Result>> sheetPages = PdfReading.barcodesOfPages(sheets.toByteArray(), 150, PdfReading::turnedClockwise);
        for (int page = 0; page < 3; page++) {
            Set<String> expected = new java.util.TreeSet<>();
            for (Envelope item : items.subList(2 * page, 2 * page + 2)) {
                expected.add(item.orderNumber());
                if (item.label().trackingNumber() != null) {
                    expected.add(item.label().trackingNumber());
                }
            }
            assertThat(PdfReading.decoded(sheetPages.get(page), BarcodeFormat.CODE_128)).as("sheet %d", page + 1).isEqualTo(expected);
        }
    }
}
