package com.renewalpost.fulfilment.printing;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes a PDF from label-printing the same bytes every time it is made from the same input.
 * iText stamps each document with the time of writing, a random file identifier and random
 * six-letter font-subset prefixes, and label-printing (which opens the documents itself) offers
 * no way to fix them. So the finished PDF is copied page by page into a new document whose
 * dates are a given instant, whose identifier is derived from a given key, and whose subset
 * prefixes are numbered in the order the fonts appear: the content is untouched.
 */
public final class ReproduciblePdf {

    private static final Pattern SUBSET_PREFIX = Pattern.compile("[A-Z]{6}\\+.+");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'");

    private ReproduciblePdf() {
    }

    /**
     * @param pdf     a PDF as label-printing wrote it
     * @param created the instant to show as creation and modification date
     * @param key     what the document is (e.g. run id and document kind); the file identifier is its hash
     */
    public static byte[] of(byte[] pdf, OffsetDateTime created, String key) {
        var id = new PdfString(Arrays.copyOf(sha256(key), 16)).setHexWriting(true);
        var out = new ByteArrayOutputStream(pdf.length + 1024);
        var properties = new WriterProperties().setFullCompressionMode(true)
                .setInitialDocumentId(id).setModifiedDocumentId(id);
        try (var source = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
             var copy = new PdfDocument(new PdfWriter(out, properties))) {
            source.copyPagesTo(1, source.getNumberOfPages(), copy);
            var info = copy.getDocumentInfo();
            var sourceInfo = source.getDocumentInfo();
            info.setTitle(sourceInfo.getTitle());
            info.setCreator(sourceInfo.getCreator());
            var date = PDF_DATE.format(created.withOffsetSameInstant(ZoneOffset.UTC));
            info.setMoreInfo("CreationDate", date);
            info.setMoreInfo("ModDate", date);
            renumberSubsetPrefixes(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Subset prefixes in order of object number, which the page-by-page copy makes deterministic. */
    private static void renumberSubsetPrefixes(PdfDocument pdf) {
        Map<String, String> prefixes = new HashMap<>();
        for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
            if (pdf.getPdfObject(i) instanceof PdfDictionary dictionary) {
                for (var key : List.of(PdfName.BaseFont, PdfName.FontName)) {
                    var name = dictionary.getAsName(key);
                    if (name != null && SUBSET_PREFIX.matcher(name.getValue()).matches()) {
                        var prefix = prefixes.computeIfAbsent(name.getValue().substring(0, 6),
                                old -> prefix(prefixes.size()));
                        dictionary.put(key, new PdfName(prefix + name.getValue().substring(6)));
                    }
                }
            }
        }
    }

    /** AAAAAA, AAAAAB, ...: six capital letters as a subset prefix must be. */
    static String prefix(int n) {
        var letters = new char[6];
        for (int i = 5; i >= 0; i--) {
            letters[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(letters);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
