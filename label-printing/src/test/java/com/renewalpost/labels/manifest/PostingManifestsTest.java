package com.renewalpost.labels.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.shipping.S10Number;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostingManifestsTest {

    static PostingManifest manifest(int count) {
        List<ManifestLine> lines = new ArrayList<>();
        String[] countries = {"JP", "CN", "GB", "PH", "DE"};
        for (int i = 1; i <= count; i++) {
            String serial = String.format("%08d", 20000000 + i);
            String tracking = i % 7 == 0 ? null : "RB" + serial + S10Number.checkDigit(serial) + "US";
            lines.add(new ManifestLine(tracking, String.format("RP-%08d", i), countries[i % countries.length],
                    "First-Class Mail International", 20 + i % 3, new BigDecimal("1.65")));
        }
        return new PostingManifest(LocalDate.of(2026, 3, 5), "Weehawken NJ 07086", "USD", lines);
    }

    private static byte[] pdf(PostingManifest m, PaperSize paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PostingManifests(Samples.settings().withPaper(paper)).write(m, out);
        return out.toByteArray();
    }

    @Test
    void shortManifestIsOnePageWithTotalsAndSignatures() {
        byte[] pdf = pdf(manifest(3), PaperSize.A4);
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("POSTING MANIFEST").contains("Posting date: 2026-03-05").contains("Weehawken NJ 07086")
                .contains("Page 1 of 1").contains("RB 200 000 01").contains("RP-00000001").contains("CHINA")
                .contains("UNITED KINGDOM").contains("Items: 3").contains("Weight: 0.063 kg").contains("Postage: 4.95 USD")
                .contains("Handed over by (staff)").contains("Received by (post office clerk)");
        assertThat(PdfReading.fonts(pdf)).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void longManifestRunsOverPagesWithTotalsOnlyOnTheLast(PaperSize paper) {
        PostingManifest m = manifest(130);
        List<String> pages = PdfReading.pageTexts(pdf(m, paper));
        assertThat(pages.size()).isGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
            boolean last = i == pages.size() - 1;
            assertThat(pages.get(i).contains("TOTALS")).as("totals on page %d", i + 1).isEqualTo(last);
            assertThat(pages.get(i).contains("Received by (post office clerk)")).isEqualTo(last);
        }
        String all = String.join("\n", pages);
        for (int i = 1; i <= 130; i++) {
            assertThat(all).contains(String.format("RP-%08d", i));
        }
        assertThat(all).contains("(untracked)").contains("Items: 130").contains("Postage: 214.50 USD")
                .contains("Weight: " + String.format("%.3f", m.totalWeightGrams() / 1000.0) + " kg");
    }

    @Test
    void lastPageKeepsRoomForTheClosing() {
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(0, 40, 30)).isEqualTo(1);
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(30, 40, 30)).isEqualTo(1);
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(31, 40, 30)).isEqualTo(2);
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(40, 40, 30)).isEqualTo(2);
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(70, 40, 30)).isEqualTo(2);
        assertThat(com.renewalpost.labels.pdf.TablePages.pageCount(71, 40, 30)).isEqualTo(3);
    }

    @Test
    void emptyManifestStillHasTotalsAndSignatures() {
        String text = PdfReading.text(pdf(new PostingManifest(LocalDate.of(2026, 3, 5), "Weehawken", "usd", List.of()), PaperSize.A4));
        assertThat(text).contains("Items: 0").contains("Postage: 0.00 USD").contains("Handed over by (staff)");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void headingsAndCellsKeepClearOfTheNextColumn(PaperSize paper) {
        byte[] pdf = pdf(manifest(12), paper);
        // text extraction, like a reader's eye, sees the headings apart
        assertThat(PdfReading.text(pdf)).contains("Weight (g) Postage");
        var glyphs = PdfReading.glyphs(pdf);
        String[] headings = {"Tracking number", "Order", "Destination", "Service", "Weight (g)", "Postage"};
        float[] starts = new float[headings.length];
        for (int i = 0; i < headings.length; i++) {
            float[] span = PdfReading.spanOf(glyphs, 1, headings[i]);
            assertThat(span).as(headings[i]).isNotNull();
            starts[i] = span[0];
            if (i > 0) {
                float[] before = PdfReading.spanOf(glyphs, 1, headings[i - 1]);
                assertThat(span[0] - before[1]).as("gap between %s and %s", headings[i - 1], headings[i]).isGreaterThan(4);
            }
        }
        // no cell's text runs up to the next column's heading
        float headingY = PdfReading.spanOf(glyphs, 1, "Postage")[2];
        float totalsY = PdfReading.spanOf(glyphs, 1, "TOTALS")[2];
        for (var g : glyphs) {
            if (g.page() != 1 || g.y() <= headingY + 1 || g.y() >= totalsY - 1 || g.text().isBlank()) {
                continue;
            }
            for (int c = 1; c < starts.length; c++) {
                if (g.x() < starts[c]) {
                    assertThat(starts[c] - g.endX()).as("'%s' at %.1f before column %s", g.text(), g.x(), headings[c])
                            .isGreaterThan(3);
                    break;
                }
            }
        }
    }
}
