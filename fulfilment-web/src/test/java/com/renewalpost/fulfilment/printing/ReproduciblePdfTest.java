package com.renewalpost.fulfilment.printing;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.run.LabelMedia;
import com.renewalpost.labels.run.RunDocumentsWriter;
import com.renewalpost.labels.run.Envelope;
import com.renewalpost.labels.run.PrintRunOutputs;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents made twice from the same input come out byte for byte the same, and read the same as iText wrote them. */
class ReproduciblePdfTest {

    static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 3, 5, 8, 30, 0, 0, ZoneOffset.UTC);

    static PrintSettings settings() {
        return new PrintSettings(PaperSize.A4, new Sender("Renewal Post", new PostalAddress("Renewal Post", null,
                List.of("1200 Harbor Blvd"), null, "Weehawken", "NJ", "07086", "US"), "help@example.com", null, null),
                "POSTAGE PAID", null, FontPaths.defaults());
    }

    static List<Envelope> items() {
        return List.of(item("RP-7K3M9Q2XH", "Maria Santos", "en"), item("RP-4H8W2N6CA", "王小明", "zh-Hans"));
    }

    static Envelope item(String order, String name, String language) {
        return new Envelope(new LetterContent(order, language, name, "US eSIM", "30 days, 15 GB data",
                new EsimProfile("SMDP.EXAMPLE.COM", "04386-AGYFT-A74Y8-3F815", null, false), LocalDate.of(2026, 3, 5)),
                new ShippingLabelContent(order, new PostalAddress("Maria Santos", null, List.of("6750 Ayala Avenue"),
                        null, "Makati", "Metro Manila", "1209", "PH"), "Tracked letter", "RB123456785US", null));
    }

    /** Letters and packing list as label-printing writes them, fresh each call. */
    static byte[][] written() {
        var letters = new ByteArrayOutputStream();
        var packing = new ByteArrayOutputStream();
        new RunDocumentsWriter(settings(), LabelMedia.THERMAL_4X6).write(items(),
                new PrintRunOutputs(letters, null, null, packing), "2026-03-05 #1");
        return new byte[][] {letters.toByteArray(), packing.toByteArray()};
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        var first = written();
        var second = written();
        for (int i = 0; i < first.length; i++) {
            assertThat(ReproduciblePdf.of(first[i], CREATED, "run:1:" + i))
                    .isEqualTo(ReproduciblePdf.of(second[i], CREATED, "run:1:" + i));
        }
    }

    @Test
    void theContentIsWhatITextWrote() throws IOException {
        var original = written()[0];
        var reproducible = ReproduciblePdf.of(original, CREATED, "run:1:letters");
        try (var before = Loader.loadPDF(original); var after = Loader.loadPDF(reproducible)) {
            assertThat(after.getNumberOfPages()).isEqualTo(before.getNumberOfPages()).isEqualTo(2);
            var text = new PDFTextStripper();
            assertThat(text.getText(after)).isEqualTo(text.getText(before)).contains("RP-4H8W2N6CA", "王小明");
            assertThat(after.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(CREATED.toInstant());
            assertThat(after.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(CREATED.toInstant());
            assertThat(after.getDocumentInformation().getTitle()).isEqualTo(before.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theFileIdentifierComesFromTheKey() {
        var original = written()[1];
        assertThat(ReproduciblePdf.of(original, CREATED, "run:1:packing"))
                .isNotEqualTo(ReproduciblePdf.of(original, CREATED, "run:2:packing"));
    }

    @Test
    void subsetPrefixesAreSixCapitalLetters() {
        assertThat(ReproduciblePdf.prefix(0)).isEqualTo("AAAAAA");
        assertThat(ReproduciblePdf.prefix(27)).isEqualTo("AAAABB");
    }
}
