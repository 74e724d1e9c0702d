package com.renewalpost.labels.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
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

    /** Every field, with its drawn extent, lies inside 812 x 1218 dots. */
    static void assertEverythingInside(String label) {
        for (Field f : fields(label)) {
            int right = f.x();
            int bottom = f.y();
            Matcher t = TEXT.matcher(f.body());
            Matcher b = CODE128.matcher(f.body());
            Matcher g = BOX.matcher(f.body());
            if (t.matches()) {
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
        ShippingLabelsTest.assertInOrder(all, List.of("FROM:", "RENEWAL POST", "UNITED STATES", "FIRST-CLASS MAIL INTERNATIONAL",
                "TO:", "MARIA SANTOS", "UNIT 12B, THE RESIDENCES", "6750 AYALA AVENUE", "BEL-AIR, MAKATI", "1209 METRO MANILA",
                "PHILIPPINES", "RB 123 456 785 US", "CUSTOMS DECLARATION CN 22", "ORDER", "RP-7K3M9Q2X"));
        assertThat(all).contains("PERMIT NO. 1234").contains("[X] OTHER").contains("[ ] GIFT")
                .contains("CONTENTS: Prepaid phone service card (printed letter)")
                .contains("NET WEIGHT (KG): 0.020").contains("VALUE: 25.00 USD").contains("HS TARIFF NUMBER: 4911.99")
                .contains("COUNTRY OF ORIGIN: UNITED STATES").contains("2026-03-05 Dana Whitfield");
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
        assertThat(texts(labels[1])).contains("JÜRGEN GROSS", "80331 MÜNCHEN", "GERMANY");
    }
}
