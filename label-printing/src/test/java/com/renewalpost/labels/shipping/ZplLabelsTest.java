package com.renewalpost.labels.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ZplLabelsTest {

    private static final Pattern FIELD = Pattern.compile("\\^FO(\\d+),(\\d+)(.*?)\\^FS");
    private static final Pattern TEXT = Pattern.compile("\\^A0N,(\\d+),(\\d+)(?:\\^FB(\\d+),1,0,C,0)?\\^FH\\^FD(.*)");
    private static final Pattern CODE128 = Pattern.compile("\\^BY(\\d),3,(\\d+)\\^BCN,(\\d+),N,N,N,N\\^FH\\^FD>:(.*)");
    private static final Pattern BOX = Pattern.compile("\\^GB(\\d+),(\\d+),(\\d+)");
    private static final Pattern GRAPHIC = Pattern.compile("\\^GFA,(\\d+),(\\d+),(\\d+),([0-9A-F]*)");

    private final ZplLabels zpl = new ZplLabels(Samples.settings());

    /** A field of the label: where it starts, and what it draws. */
    record Field(int x, int y, String body) {
    }

    static List<Field> fields(String label) {
        List<Field> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(label);
        while (m.find()) {
            fields.add(new Field(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return fields;
    }

    static List<String> texts(String label) {
        List<String> texts = new ArrayList<>();
        for (Field f : fields(label)) {
            Matcher t = TEXT.matcher(f.body());
            if (t.matches()) {
                texts.add(unescape(t.group(4)));
            }
        }
        return texts;
    }

    static List<String> barcodes(String label) {
        return fields(label).stream().map(f -> CODE128.matcher(f.body())).filter(Matcher::matches)
                .map(m -> unescape(m.group(4)).replace("><", ">")).toList();
    }

    static String unescape(String data) {
        Matcher hex = Pattern.compile("_([0-9A-F]{2})").matcher(data);
        StringBuilder out = new StringBuilder();
        while (hex.find()) {
            hex.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(hex.group(1), 16))));
        }
        return hex.appendTail(out).toString();
    }

    /** The dots of a ^GFA graphic, [row][column], after checking its byte counts. */
    static boolean[][] bitmap(Matcher gf) {
        int total = Integer.parseInt(gf.group(1));
        int rowBytes = Integer.parseInt(gf.group(3));
        String hex = gf.group(4);
        assertThat(Integer.parseInt(gf.group(2))).isEqualTo(total);
        assertThat(hex.length()).isEqualTo(2 * total);
        int rows = total / rowBytes;
        boolean[][] bits = new boolean[rows][rowBytes * 8];
        for (int r = 0; r < rows; r++) {
            for (int b = 0; b < rowBytes; b++) {
                int value = Integer.parseInt(hex.substring(2 * (r * rowBytes + b), 2 * (r * rowBytes + b) + 2), 16);
                for (int bit = 0; bit < 8; bit++) {
                    bits[r][b * 8 + bit] = (value & (0x80 >> bit)) != 0;
                }
            }
        }
        return bits;
    }

    /** The ^GFA graphics of the label with where they start. */
    static List<Field> graphics(String label) {
        return fields(label).stream().filter(f -> GRAPHIC.matcher(f.body()).matches()).toList();
    }

    /** Every field, with its drawn extent, lies inside 812 x 1218 dots. */
    static void assertEverythingInside(String label) {
        for (Field f : fields(label)) {
            int right = f.x();
            int bottom = f.y();
            Matcher t = TEXT.matcher(f.body());
            Matcher b = CODE128.matcher(f.body());
            Matcher g = BOX.matcher(f.body());
            Matcher gf = GRAPHIC.matcher(f.body());
            if (gf.matches()) {
                boolean[][] bits = bitmap(gf);
                right += bits[0].length;
                bottom += bits.length;
            } else if (t.matches()) {
                int h = Integer.parseInt(t.group(1));
                right += t.group(3) != null ? Integer.parseInt(t.group(3)) : ZplLabels.estimatedWidth(unescape(t.group(4)), h);
                bottom += h;
            } else if (b.matches()) {
                String data = unescape(b.group(4)).replace("><", ">");
                right += Integer.parseInt(b.group(1)) * (11 * data.length() + 35);
                bottom += Integer.parseInt(b.group(2));
            } else if (g.matches()) {
                right += Integer.parseInt(g.group(1));
                bottom += Integer.parseInt(g.group(2));
            } else {
                throw new AssertionError("Unexpected field " + f.body());
            }
            assertThat(f.x()).as(f.body()).isBetween(0, ZplLabels.WIDTH_DOTS);
            assertThat(f.y()).as(f.body()).isBetween(0, ZplLabels.HEIGHT_DOTS);
            assertThat(right).as("right edge of %s", f.body()).isLessThanOrEqualTo(ZplLabels.WIDTH_DOTS);
            assertThat(bottom).as("bottom edge of %s", f.body()).isLessThanOrEqualTo(ZplLabels.HEIGHT_DOTS);
        }
    }

    @Test
    void labelIsWellFormedZplForA203DpiFourBySix() {
        String label = zpl.zpl(Samples.label());
        assertThat(label).startsWith("^XA").endsWith("^XZ\n").contains("^PW812").contains("^LL1218").contains("^CI28");
        assertThat(label.split("\\^XA", -1)).hasSize(2);
        assertThat(label.split("\\^XZ", -1)).hasSize(2);
        assertThat(label.replaceAll("\\^FO\\d+,\\d+.*?\\^FS", "").replaceAll("\\s", ""))
                .isEqualTo("^XA^CI28^PW812^LL1218^LH0,0^PQ1^XZ");
        assertEverythingInside(label);
    }

    @Test
    void barcodesCarryTheTrackingAndOrderNumbers() {
        assertThat(barcodes(zpl.zpl(Samples.label()))).containsExactly("RB123456785US", "RP-7K3M9Q2X");
    }

    @Test
    void textMatchesThePdfLabel() {
        String label = zpl.zpl(Samples.label());
        String all = String.join("\n", texts(label));
        ShippingLabelsTest.assertInOrder(all, List.of("FROM:", "Renewal Post", "UNITED STATES", "FIRST-CLASS MAIL INTERNATIONAL",
                "TO:", "Maria Santos", "Unit 12B, The Residences", "6750 Ayala Avenue", "Bel-Air, Makati", "1209 Metro Manila",
                "PHILIPPINES", "RB 123 456 785 US", "CUSTOMS DECLARATION CN 22", "ORDER", "RP-7K3M9Q2X"));
        assertThat(all).contains("PERMIT NO. 1234").contains("[X] OTHER").contains("[ ] GIFT")
                .contains("CONTENTS: Prepaid phone service card (printed letter)")
                .contains("NET WEIGHT (KG): 0.020").contains("VALUE: 25.00 USD").contains("HS TARIFF NUMBER: 4911.99")
                .contains("COUNTRY OF ORIGIN: UNITED STATES").contains("2026-03-05 Dana Whitfield");
    }

    @Test
    void theBoxForThePostOfficesStickerIsOnTheZplLabelToo() {
        String label = zpl.zpl(new ShippingLabelContent("RP-7K3M9Q2XW", ShippingLabelsTest.longestAllowed(),
                "International tracked letter", null, Samples.customs(), true));
        ShippingLabelsTest.assertInOrder(String.join("\n", texts(label)), List.of("TO:", "KT1 1AA",
                "POST OFFICE TRACKING LABEL HERE", "CUSTOMS DECLARATION CN 22", "RP-7K3M9Q2XW"));
        assertThat(barcodes(label)).containsExactly("RP-7K3M9Q2XW");
        assertEverythingInside(label);
        assertThat(texts(zpl.zpl(Samples.label()))).noneMatch(t -> t.contains("POST OFFICE"));
    }

    @Test
    void longestAllowedAddressStaysOnTheLabel() {
        ShippingLabelContent content = new ShippingLabelContent("RP-7K3M9Q2X", ShippingLabelsTest.longestAllowed(),
                "Priority Mail International", "RB123456785US", Samples.customs());
        String label = zpl.zpl(content);
        assertEverythingInside(label);
        String all = String.join(" ", texts(label));
        for (String line : AddressFormats.standard().forCountry("GB").labelLines(content.recipient())) {
            assertThat(all).contains(line);
        }
        assertThat(barcodes(label)).containsExactly("RB123456785US", "RP-7K3M9Q2X");
    }

    @Test
    void everyBarcodeHasThreeDotBarsAndItsQuietZonesOnTheLabel() {
        String realOrderNumber = "RP-7K3M9Q2XW";
        for (String label : List.of(zpl.zpl(Samples.label()), zpl.zpl(new ShippingLabelContent(realOrderNumber,
                ShippingLabelsTest.longestAllowed(), "Priority Mail International", "RB123456785US", Samples.customs())))) {
            List<Field> codes = fields(label).stream().filter(f -> CODE128.matcher(f.body()).matches()).toList();
            assertThat(codes).hasSize(2);
            for (Field f : codes) {
                Matcher b = CODE128.matcher(f.body());
                assertThat(b.matches()).isTrue();
                int module = Integer.parseInt(b.group(1));
                assertThat(module).as(f.body()).isEqualTo(3);
                int width = module * ZplLabels.code128Modules(unescape(b.group(4)).replace("><", ">"));
                assertThat(f.x() - 10 * module).as("left quiet zone of %s", f.body()).isGreaterThanOrEqualTo(0);
                assertThat(f.x() + width + 10 * module).as("right quiet zone of %s", f.body()).isLessThanOrEqualTo(ZplLabels.WIDTH_DOTS);
            }
        }
    }

    @Test
    void aCodeTooLongForThreeDotBarsIsRefusedNotThinned() {
        String orderNumber = "RP-" + "7K3M9Q2XW".repeat(4);
        assertThatThrownBy(() -> zpl.zpl(new ShippingLabelContent(orderNumber, Samples.label().recipient(), "Letter", null, null)))
                .isInstanceOf(ContentDoesNotFitException.class).hasMessageContaining("3-dot bars");
    }

    /** A Brandenburg address whose lines are too long for one line each even at the smallest unwrapped size. */
    static PostalAddress brandenburg() {
        return new PostalAddress("Karl-Friedrich von der Schulenburg-Wolfsburg-Ehrenberg", null,
                List.of("Bettina-von-Arnim-Strasse 13, Kuenstlerhaus Schloss Wiepersdorf",
                        "Gutshof Nord, Aufgang C, bei Familie Brandenburg-Lindenberg"),
                null, "Niederer Fläming OT Wiepersdorf-Brandenburg", null, "14913", "DE");
    }

    /** The recipient's lines on the ZPL label: the text fields between "TO:" and the order line. */
    static List<String> recipientLines(String label) {
        List<String> texts = texts(label);
        int to = texts.indexOf("TO:");
        int end = to + 1;
        while (!texts.get(end).startsWith("ORDER")) {
            end++;
        }
        return texts.subList(to + 1, end);
    }

    @Test
    void longAddressLinesBreakAtTheSamePlacesInZplAndPdf() {
        ShippingLabelContent content = new ShippingLabelContent("RP-7K3M9Q2XW", brandenburg(), "Letter", null, null);
        List<String> zplLines = recipientLines(zpl.zpl(content));
        List<String> paragraphs = AddressFormats.standard().forCountry("DE").labelLines(content.recipient());
        assertThat(zplLines.size()).as("the long lines are wrapped").isGreaterThan(paragraphs.size());
        // broken between words only, never inside one ("...BRANDENBUR" / "G")
        assertThat(String.join(" ", zplLines)).isEqualTo(String.join(" ", paragraphs));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new ShippingLabels(Samples.settings()).writePdf(content, pdf);
        List<String> pdfLines = PdfReading.text(pdf.toByteArray()).lines()
                .map(line -> line.replaceFirst("^TO:\\s*", "").strip()).toList();
        assertThat(Collections.indexOfSubList(pdfLines, zplLines)).as("PDF lines %s contain the ZPL lines %s", pdfLines, zplLines)
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void linesOutsideTheResidentFontAreSentAsGraphicsDrawnWithThePdfFont() {
        PostalAddress hanoi = new PostalAddress("Nguyễn Ễnh Phương", null, List.of("12 Pho Hang Bac"), null, "Hanoi", null,
                "100000", "VN");
        PostalAddress lagos = new PostalAddress("Adéọ̀lá Ọ̀ṣun", null, List.of("5 Awolowo Road"), null, "Ikoyi", null,
                "101233", "NG");
        for (PostalAddress to : List.of(hanoi, lagos)) {
            String label = zpl.zpl(new ShippingLabelContent("RP-7K3M9Q2XW", to, "Letter", null, null));
            assertEverythingInside(label);
            List<Field> graphics = graphics(label);
            assertThat(graphics).as("one graphic, for the name line").hasSize(1);
            Matcher gf = GRAPHIC.matcher(graphics.get(0).body());
            assertThat(gf.matches()).isTrue();
            boolean[][] bits = bitmap(gf);
            long ink = java.util.Arrays.stream(bits).mapToLong(row -> { int n = 0; for (boolean b : row) { n += b ? 1 : 0; } return n; }).sum();
            assertThat(ink).as("dots drawn").isGreaterThan(200);
            // as wide as the recipient box allows (right of "TO:"), one line high at 13 pt at most
            assertThat(bits[0].length).isLessThanOrEqualTo(Math.round(250 * 203 / 72f) + 7);
            assertThat(bits.length).isBetween(20, Math.round(13 * 1.4f * 203 / 72f));
            // the name is not also sent as text, and everything plain stays text
            List<String> texts = texts(label);
            assertThat(texts).noneMatch(t -> t.contains("Nguy") || t.contains("Adé")).contains("TO:");
            assertThat(texts).anyMatch(t -> t.equals("12 Pho Hang Bac") || t.equals("5 Awolowo Road"));
            assertThat(texts).allMatch(ZplLabels::resident);
        }
        assertThat(graphics(zpl.zpl(Samples.label()))).isEmpty();
    }

    @Test
    void zplControlCharactersInDataAreEscaped() {
        PostalAddress odd = new PostalAddress("A^B~C_D", null, List.of("1 Main St"), null, "Berlin", null, "10117", "DE");
        String label = zpl.zpl(new ShippingLabelContent("RP-X^Y>Z", odd, "Letter", null, null));
        assertThat(label).contains("A_5EB_7EC_5FD").contains(">:RP-X_5EY><Z");
        assertThat(texts(label)).contains("A^B~C_D");
        assertThat(barcodes(label)).containsExactly("RP-X^Y>Z");
    }

    @Test
    void anAddressThatCannotFitIsRefused() {
        List<String> street = new ArrayList<>(Collections.nCopies(30, "A street line that keeps going and going on"));
        PostalAddress absurd = new PostalAddress("Ann", null, street, null, "London", null, "SW1A 2AA", "GB");
        assertThatThrownBy(() -> zpl.zpl(new ShippingLabelContent("RP-1", absurd, "Letter", null, Samples.customs())))
                .isInstanceOf(ContentDoesNotFitException.class);
    }

    @Test
    void aDomesticLabelHasDomesticPostageNoCustomsAndNoCountryLine() {
        ZplLabels withDomestic = new ZplLabels(Samples.settings().withDomesticPostageText("FIRST-CLASS MAIL\nU.S. POSTAGE PAID"));
        ShippingLabelContent seattle = new ShippingLabelContent("RP-3C5D7E9F",
                new PostalAddress("Jane Roe", null, List.of("400 Broad St"), null, "Seattle", "US-WA", "98109", "US"),
                "First-Class Mail", null, Samples.customs());
        List<String> texts = texts(withDomestic.zpl(seattle));
        assertThat(texts).contains("Jane Roe", "SEATTLE, WA 98109", "FIRST-CLASS MAIL", "U.S. POSTAGE PAID")
                .doesNotContain("UNITED STATES", "INTL").noneMatch(t -> t.contains("CN 22") || t.contains("CUSTOMS"));
        assertThat(texts(withDomestic.zpl(Samples.label()))).contains("UNITED STATES", "PHILIPPINES", "INTL")
                .anyMatch(t -> t.contains("CN 22"));
    }

    @Test
    void streamWritesOneLabelPerItemInOrderAsUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PostalAddress munich = new PostalAddress("Jürgen Groß", null, List.of("Marienplatz 1"), null, "München", null, "80331", "DE");
        try (DocumentStream<ShippingLabelContent> stream = zpl.open(out)) {
            stream.add(Samples.label());
            stream.add(new ShippingLabelContent("RP-22222222", munich, "Letter", null, null));
        }
        String all = out.toString(StandardCharsets.UTF_8);
        String[] labels = all.split("(?<=\\^XZ\n)");
        assertThat(labels).hasSize(2);
        assertThat(barcodes(labels[0])).containsExactly("RB123456785US", "RP-7K3M9Q2X");
        assertThat(barcodes(labels[1])).containsExactly("RP-22222222");
        assertThat(texts(labels[1])).contains("Jürgen Groß", "80331 München", "GERMANY");
    }
}
