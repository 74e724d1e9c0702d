package com.renewalpost.labels.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.letter.Voucher;
import com.renewalpost.labels.shipping.S10Number;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RunDocumentsWriterTest {

    private static final String[][] PEOPLE = {
            {"Sato Hanako", "JP", "1-2-3 Sakura", "", "Tokyo", "154-0023", "en"},
            {"Li Wei", "CN", "No. 18 Xianggang Middle Rd", "Qingdao", "Shandong", "266033", "zh-Hans"},
            {"Chen Mei-Ling", "TW", "No. 7, Sec. 5, Xinyi Rd", "Xinyi District", "Taipei City", "11049", "zh-Hant"},
            {"Oliver Smith", "GB", "10 Downing Street", "London", "", "SW1A 2AA", "en"},
            {"Maria Santos", "PH", "6750 Ayala Avenue", "Makati", "Metro Manila", "1209", "en"}};

    /** The n-th item of a varied run: different countries, languages, code kinds, with and without tracking. */
    static Envelope item(int n) {
        String[] p = PEOPLE[n % PEOPLE.length];
        String order = String.format("RP-%08d", n);
        String ownScriptName = switch (p[1]) {
            case "CN" -> "李伟";
            case "TW" -> "陳美玲";
            default -> p[0];
        };
        LetterContent letter = new LetterContent(order, p[6], ownScriptName, "US eSIM Unlimited", "30 days",
                n % 2 == 0 ? new EsimProfile("smdp.gsma.com", String.format("M%05d-AGYFT-A74Y8", n), null, n % 4 == 0)
                        : new Voucher(String.format("%016d", 8273645500000000L + n)),
                LocalDate.of(2026, 3, 5));
        PostalAddress to = new PostalAddress(p[0], null, List.of(p[2]), null, p[3].isEmpty() ? null : p[3],
                p[4].isEmpty() ? null : p[4], p[5], p[1]);
        String serial = String.format("%08d", 10000000 + n);
        String tracking = n % 3 == 0 ? null : "RB" + serial + S10Number.checkDigit(serial) + "US";
        return new Envelope(letter, new ShippingLabelContent(order, to, "First-Class Mail International", tracking,
                n % 5 == 3 ? null : Samples.customs()));
    }

    static List<Envelope> items(int count) {
        List<Envelope> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(item(i));
        }
        return items;
    }

    private static final Pattern ORDER = Pattern.compile("RP-\\d{8}");

    static List<String> orderNumbersIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ORDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void allDocumentsListTheItemsInTheSameOrder() {
        List<Envelope> items = items(27);
        List<String> expected = items.stream().map(Envelope::orderNumber).toList();
        ByteArrayOutputStream letters = new ByteArrayOutputStream();
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        ByteArrayOutputStream zpl = new ByteArrayOutputStream();
        ByteArrayOutputStream packing = new ByteArrayOutputStream();
        int written = new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6)
                .write(items, new PrintRunOutputs(letters, labels, zpl, packing), "2026-03-05 #1");
        assertThat(written).isEqualTo(27);

        List<String> letterPages = PdfReading.pageTexts(letters.toByteArray());
        assertThat(letterPages).hasSize(27);
        for (int i = 0; i < 27; i++) {
            assertThat(orderNumbersIn(letterPages.get(i))).as("letter %d", i + 1).containsOnly(expected.get(i));
            // letterhead and instructions are shared forms, drawn once and placed on every page
            assertThat(letterPages.get(i)).as("letter %d", i + 1).contains("Renewal Post").containsAnyOf("eSIM", "PIN");
            assertThat(letterPages.get(i)).containsAnyOf("Renew a week before", "请在套餐到期前一周续费", "請在方案到期前一週續費");
        }
        List<String> labelPages = PdfReading.pageTexts(labels.toByteArray());
        assertThat(labelPages).hasSize(27);
        for (int i = 0; i < 27; i++) {
            assertThat(orderNumbersIn(labelPages.get(i))).as("label %d", i + 1).containsOnly(expected.get(i));
            assertThat(labelPages.get(i)).contains("FROM:").contains("PERMIT NO. 1234");
            assertThat(labelPages.get(i).contains("CN 22")).as("label %d", i + 1).isEqualTo(items.get(i).label().customs() != null);
        }
        String zplText = zpl.toString(StandardCharsets.UTF_8);
        assertThat(zplText.split("\\^XA", -1)).hasSize(28);
        assertThat(orderNumbersIn(zplText).stream().distinct().toList()).isEqualTo(expected);
        String packingText = PdfReading.text(packing.toByteArray());
        assertThat(orderNumbersIn(packingText)).isEqualTo(expected);
        assertThat(packingText).contains("Packing list").contains("2026-03-05 #1").contains("Li Wei").contains("JAPAN")
                .contains("US eSIM Unlimited");
        for (byte[] pdf : List.of(letters.toByteArray(), labels.toByteArray(), packing.toByteArray())) {
            assertThat(PdfReading.fonts(pdf)).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
        }
    }

    @Test
    void packingListBarcodesScanToTheOrderNumbers() {
        ByteArrayOutputStream packing = new ByteArrayOutputStream();
        new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6).write(items(4), new PrintRunOutputs(null, null, null, packing), "r");
        byte[] pdf = packing.toByteArray();
        String text = PdfReading.text(pdf);
        assertThat(text).contains("1").contains("Li Wei").contains("Chen Mei-Ling").contains("UNITED KINGDOM");
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 200), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("RP-00000001", "RP-00000002", "RP-00000003", "RP-00000004");
    }

    @Test
    void labelSheetsKeepTheRunOrder() {
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        new RunDocumentsWriter(Samples.settings(), LabelMedia.SHEETS).write(items(5), new PrintRunOutputs(null, labels, null, null), "r");
        List<String> pages = PdfReading.pageTexts(labels.toByteArray());
        assertThat(pages).hasSize(3);
        assertThat(orderNumbersIn(String.join("\n", pages)).stream().distinct().toList())
                .containsExactlyInAnyOrder("RP-00000001", "RP-00000002", "RP-00000003", "RP-00000004", "RP-00000005");
        assertThat(orderNumbersIn(pages.get(0))).containsOnly("RP-00000001", "RP-00000002");
        assertThat(orderNumbersIn(pages.get(2))).containsOnly("RP-00000005");
    }

    @Test
    void pagesReachTheStreamWhileTheRunIsStillGoing() {
        // memory stays flat only if finished pages leave the process before the run ends
        CountingStream letters = new CountingStream();
        CountingStream labels = new CountingStream();
        try (DocumentStream<Envelope> run = new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6)
                .open(new PrintRunOutputs(letters, labels, null, null), "r")) {
            for (int i = 1; i <= 40; i++) {
                run.add(item(i));
            }
            long lettersMidway = letters.count;
            long labelsMidway = labels.count;
            for (int i = 41; i <= 80; i++) {
                run.add(item(i));
            }
            assertThat(lettersMidway).isGreaterThan(0);
            assertThat(letters.count).isGreaterThan(lettersMidway);
            assertThat(labels.count).isGreaterThan(labelsMidway);
        }
        assertThat(letters.closed).isFalse();
    }

    @Test
    void aLetterAndALabelOfDifferentOrdersCannotShareAnEnvelope() {
        assertThatThrownBy(() -> new Envelope(item(1).letter(), item(2).label()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RP-00000001").hasMessageContaining("RP-00000002");
    }

    @Test
    void anEmptyRunStillMakesValidDocuments() {
        ByteArrayOutputStream letters = new ByteArrayOutputStream();
        ByteArrayOutputStream packing = new ByteArrayOutputStream();
        ByteArrayOutputStream zpl = new ByteArrayOutputStream();
        assertThat(new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6)
                .write(List.of(), new PrintRunOutputs(null, null, zpl, packing), "empty")).isZero();
        assertThat(PdfReading.pageCount(packing.toByteArray())).isEqualTo(1);
        assertThat(zpl.size()).isZero();
        assertThat(letters.size()).isZero();
    }

    private static final class CountingStream extends OutputStream {
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void close() throws IOException {
            closed = true;
        }
    }

    @Test
    void packingListColumnsKeepClearOfEachOther() {
        List<Envelope> items = new ArrayList<>(items(5));
        // destinations whose names fill their column
        for (String[] far : new String[][] {{"LI", "9490", "Vaduz"}, {"VC", null, "Kingstown"}, {"BA", "71000", "Sarajevo"}}) {
            Envelope base = item(items.size() + 1);
            PostalAddress to = new PostalAddress("Anna Long-Name", null, List.of("Hauptstrasse 1"), null, far[2], null, far[1],
                    far[0]);
            items.add(new Envelope(base.letter(), new ShippingLabelContent(base.orderNumber(), to,
                    "First-Class Mail International", null, Samples.customs())));
        }
        ByteArrayOutputStream packing = new ByteArrayOutputStream();
        new RunDocumentsWriter(Samples.settings(), LabelMedia.THERMAL_4X6).write(items, new PrintRunOutputs(null, null, null, packing), "r");
        var glyphs = PdfReading.glyphs(packing.toByteArray());
        String[] headings = {"Order number", "Recipient", "Destination", "Product"};
        float[] starts = new float[headings.length];
        for (int i = 0; i < headings.length; i++) {
            starts[i] = PdfReading.spanOf(glyphs, 1, headings[i])[0];
        }
        float headingY = PdfReading.spanOf(glyphs, 1, "Product")[2];
        int checked = 0;
        for (var g : glyphs) {
            if (g.page() != 1 || g.y() <= headingY + 1 || g.text().isBlank()) {
                continue;
            }
            for (int c = 1; c < starts.length; c++) {
                if (g.x() < starts[c]) {
                    assertThat(starts[c] - g.endX()).as("'%s' at %.1f before column %s", g.text(), g.x(), headings[c])
                            .isGreaterThanOrEqualTo(6);
                    checked++;
                    break;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(PdfReading.text(packing.toByteArray())).contains("LIECHTENSTEIN");
    }
}
