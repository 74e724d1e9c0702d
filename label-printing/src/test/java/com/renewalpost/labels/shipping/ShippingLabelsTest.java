package com.renewalpost.labels.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.DocumentStream;
import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShippingLabelsTest {

    private final ShippingLabels labels = new ShippingLabels(Samples.settings());

    private byte[] pdf(ShippingLabelContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        labels.writePdf(content, out);
        return out.toByteArray();
    }

    /** Position of each expected line in the text, which must grow: the lines are printed in this order. */
    static void assertInOrder(String text, List<String> lines) {
        int from = 0;
        for (String line : lines) {
            int at = text.indexOf(line, from);
            assertThat(at).as("'%s' after position %d in:%n%s", line, from, text).isGreaterThanOrEqualTo(0);
            from = at + line.length();
        }
    }

    @Test
    void labelIsFourBySixWithAddressServicePostageAndCustoms() {
        byte[] pdf = pdf(Samples.label());
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfReading.pageSize(pdf, 0)).containsExactly(288f, 432f);
        String text = PdfReading.text(pdf);
        assertInOrder(text, List.of("FROM:", "Renewal Post", "1200 Harbor Blvd", "WEEHAWKEN, NJ 07086", "UNITED STATES"));
        assertThat(text).contains("U.S. POSTAGE PAID").contains("PERMIT NO. 1234").contains("FIRST-CLASS MAIL INTERNATIONAL");
        assertInOrder(text, List.of("TO:", "Maria Santos", "Unit 12B, The Residences", "6750 Ayala Avenue", "Bel-Air, Makati",
                "1209 Metro Manila", "PHILIPPINES", "RB 123 456 785 US", "CUSTOMS DECLARATION", "RP-7K3M9Q2X"));
        assertThat(text).contains("CN 22").contains("[X] Other").contains("[  ] Gift").contains("[  ] Documents")
                .contains("[  ] Commercial sample")
                .contains("Prepaid phone service card").contains("0.020").contains("25.00 USD")
                .contains("HS tariff number: 4911.99").contains("Country of origin: UNITED STATES")
                .contains("2026-03-05").contains("Dana Whitfield").contains("not contain any dangerous article");
    }

    @Test
    void trackingAndOrderBarcodesScanToTheExactNumbers() {
        BufferedImage page = PdfReading.render(pdf(Samples.label()), 0, 203);
        assertThat(PdfReading.decoded(page, BarcodeFormat.CODE_128)).containsExactlyInAnyOrder("RB123456785US", "RP-7K3M9Q2X");
    }

    @Test
    void aLetterThatStaysInTheSendersCountryHasDomesticPostageNoCustomsAndNoCountryLine() {
        // sender in New Jersey (US); the CN22 handed in is for a border this letter never crosses
        ShippingLabels withDomestic = new ShippingLabels(Samples.settings()
                .withDomesticPostageText("FIRST-CLASS MAIL\nU.S. POSTAGE PAID\nPERMIT NO. 1234"));
        ShippingLabelContent seattle = new ShippingLabelContent("RP-3C5D7E9F",
                new PostalAddress("Jane Roe", null, List.of("400 Broad St"), null, "Seattle", "Washington", "98109", "US"),
                "First-Class Mail", "RB123456785US", Samples.customs());
        byte[] alone = new ByteArrayOutputStream() {{ withDomestic.writePdf(seattle, this); }}.toByteArray();
        String text = PdfReading.text(alone);
        assertThat(text).doesNotContain("CN 22").doesNotContain("INTL").contains("FIRST-CLASS MAIL");
        assertThat(text.lines().map(String::strip)).doesNotContain("UNITED STATES").contains("SEATTLE, WA 98109");
        assertInOrder(text, List.of("Jane Roe", "400 Broad St", "SEATTLE, WA 98109"));
        // the international label keeps its own postage text, CN22 and country line
        String abroad = PdfReading.text(new ByteArrayOutputStream() {{ withDomestic.writePdf(Samples.label(), this); }}.toByteArray());
        assertThat(abroad).contains("INTL").contains("CN 22").contains("PHILIPPINES");
    }

    @Test
    void labelWithoutTrackingOrCustomsLeavesThemOut() {
        ShippingLabelContent plain = new ShippingLabelContent("RP-3C5D7E9F",
                new PostalAddress("Oliver Smith", null, List.of("10 Downing Street"), null, "London", null, "SW1A 2AA", "GB"),
                "First-Class Mail International", null, null);
        byte[] pdf = pdf(plain);
        String text = PdfReading.text(pdf);
        assertInOrder(text, List.of("Oliver Smith", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"));
        assertThat(text).doesNotContain("CN 22").doesNotContain("RB ");
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 203), BarcodeFormat.CODE_128)).containsExactly("RP-3C5D7E9F");
    }

    @Test
    void everyFontIsEmbeddedAndBarcodesAreVectorShapes() {
        byte[] pdf = pdf(Samples.label());
        assertThat(PdfReading.fonts(pdf)).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
        assertThat(PdfReading.rasterImages(pdf)).isZero();
    }

    /** 80-character name and four 60-character street lines: the longest the address rules let through. */
    static PostalAddress longestAllowed() {
        String name = "Bartholomew Maximilian Fitzgerald-Wolfenstein Oppenheimer Castellanos Abernethyy";
        List<String> street = List.of(
                "Flat 1204, Tower B, Kowloon Harbourfront International Plaza",
                "Building of the Northern Distribution and Logistics Centres.",
                "Attention: Receiving Department, Loading Bay Number Eighteen",
                "Industrial Estate Phase Three, Block Eleven, Upper Ground Fl");
        PostalAddress a = new PostalAddress(name, null, street, "Hammersmith and Fulham District Council Area",
                "Kingston upon Thames Royal Borough Postal Delivery Office", null, "KT1 1AA", "GB");
        assertThat(name).hasSize(PostalAddress.MAX_NAME_LENGTH);
        assertThat(street).allSatisfy(line -> assertThat(line).hasSize(PostalAddress.MAX_LINE_LENGTH));
        assertThat(AddressFormats.standard().forCountry("GB").validate(a)).isEmpty();
        return a;
    }

    @Test
    void longestAllowedAddressStillFitsAndScans() {
        ShippingLabelContent content = new ShippingLabelContent("RP-7K3M9Q2X", longestAllowed(), "Priority Mail International",
                "RB123456785US", Samples.customs());
        byte[] pdf = pdf(content);
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        String flat = PdfReading.text(pdf).replaceAll("\\s+", " ");
        for (String line : AddressFormats.standard().forCountry("GB").labelLines(content.recipient())) {
            assertThat(flat).contains(line);
        }
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 203), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("RB123456785US", "RP-7K3M9Q2X");
    }

    @Test
    void aTrackedLetterWhoseNumberComesOnThePostOfficesStickerShowsWhereTheStickerGoes() {
        ShippingLabelContent content = new ShippingLabelContent("RP-7K3M9Q2XW", longestAllowed(),
                "International tracked letter", null, Samples.customs(), true);
        byte[] pdf = pdf(content);
        String text = PdfReading.text(pdf);
        assertInOrder(text, List.of("TO:", "KT1 1AA", LabelLayout.STICKER_TEXT, "CUSTOMS DECLARATION", "RP-7K3M9Q2XW"));
        assertThat(text).contains("POST OFFICE TRACKING LABEL HERE");
        // the box is the sticker's alone: a dashed frame, the words in its middle, nothing else inside
        LabelLayout.Box box = new LabelLayout(content, Samples.settings(), LabelLayout.returnAddress(Samples.settings()),
                new com.renewalpost.labels.font.Typefaces(Samples.settings().fonts())).sticker;
        assertThat(box.width()).isGreaterThan(250);
        assertThat(box.height()).isGreaterThanOrEqualTo(70);
        BufferedImage area = PdfReading.renderArea(pdf, 0, 144, box.x() - 2, box.y() - 2, box.width() + 4, box.height() + 4);
        int inset = 12; // pixels: the frame, 2 pt outside it and a margin at 144 dpi
        int third = (area.getHeight() - 2 * inset) / 3;
        assertThat(PdfReading.ink(area, 0, inset, 8, area.getHeight() - 2 * inset)).as("left side of the frame").isPositive();
        assertThat(PdfReading.ink(area, inset, inset, area.getWidth() - 2 * inset, third)).as("upper third").isZero();
        assertThat(PdfReading.ink(area, inset, area.getHeight() - inset - third, area.getWidth() - 2 * inset, third))
                .as("lower third").isZero();
        assertThat(PdfReading.ink(area, inset, inset + third, area.getWidth() - 2 * inset, third)).as("the words").isPositive();
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 203), BarcodeFormat.CODE_128)).containsExactly("RP-7K3M9Q2XW");

        // a label with a number of ours has no such box, and one item never has both
        assertThat(PdfReading.text(pdf(Samples.label()))).doesNotContain("POST OFFICE");
        assertThatThrownBy(() -> new ShippingLabelContent("RP-7K3M9Q2XW", longestAllowed(), "Tracked letter",
                "RB123456785US", null, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void narrowestBarIsThreePrinterDotsOnLabelsAndSheets() {
        // iText writes coordinates with two decimals, so a bar's edges may each move by 0.005 pt
        float threeDots = 3 * 72f / 203f - 0.01f;
        ShippingLabelContent real = new ShippingLabelContent("RP-7K3M9Q2XW", longestAllowed(), "Priority Mail International",
                "RB123456785US", Samples.customs());
        byte[] label = pdf(real);
        assertThat(PdfReading.narrowestFilledRectangle(label, 0)).isGreaterThanOrEqualTo(threeDots);
        assertThat(PdfReading.decoded(PdfReading.renderOneBit(label, 0, 150), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("RB123456785US", "RP-7K3M9Q2XW");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentStream<ShippingLabelContent> sheets = new ShippingLabels(Samples.settings()).openSheets(out)) {
            sheets.add(real);
        }
        assertThat(PdfReading.narrowestFilledRectangle(out.toByteArray(), 0)).isGreaterThanOrEqualTo(threeDots);
    }

    @Test
    void aCodeTooLongForThreeDotBarsIsRefusedNotThinned() {
        ShippingLabelContent content = new ShippingLabelContent("RP-" + "7K3M9Q2XW".repeat(4), Samples.label().recipient(),
                "Letter", null, null);
        assertThatThrownBy(() -> pdf(content)).isInstanceOf(ContentDoesNotFitException.class).hasMessageContaining("3-dot bars");
    }

    @Test
    void anAddressThatCannotFitIsRefusedNotClipped() {
        List<String> street = new ArrayList<>(Collections.nCopies(30, "A street line that keeps going and going on"));
        PostalAddress absurd = new PostalAddress("Ann", null, street, null, "London", null, "SW1A 2AA", "GB");
        ShippingLabelContent content = new ShippingLabelContent("RP-1", absurd, "First-Class Mail International", null, Samples.customs());
        assertThatThrownBy(() -> pdf(content)).isInstanceOf(ContentDoesNotFitException.class).hasMessageContaining("Recipient address");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void sheetsCarryTwoLabelsPerPageThatStillScan(PaperSize paper) {
        ShippingLabels onPaper = new ShippingLabels(Samples.settings().withPaper(paper));
        List<ShippingLabelContent> three = List.of(
                Samples.label(),
                new ShippingLabelContent("RP-AAAA1111", Samples.label().recipient(), "First-Class Mail International", "LX98765432" + S10Number.checkDigit("98765432") + "US", null),
                new ShippingLabelContent("RP-BBBB2222", Samples.label().recipient(), "First-Class Mail International", null, Samples.customs()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentStream<ShippingLabelContent> sheets = onPaper.openSheets(out)) {
            three.forEach(sheets::add);
        }
        byte[] pdf = out.toByteArray();
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(2);
        assertThat(PdfReading.pageSize(pdf, 0)[0]).isEqualTo(paper.pageSize().getWidth());
        List<String> pages = PdfReading.pageTexts(pdf);
        assertThat(pages.get(0)).contains("RP-7K3M9Q2X").contains("RP-AAAA1111").doesNotContain("RP-BBBB2222");
        assertThat(pages.get(1)).contains("RP-BBBB2222").contains("Maria Santos").contains("CN 22");
        BufferedImage first = PdfReading.turnedClockwise(PdfReading.render(pdf, 0, 203));
        int half = first.getWidth() / 2;
        // upper label of the page is now on the right, lower on the left
        assertThat(PdfReading.decoded(first.getSubimage(half, 0, half, first.getHeight()), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("RB123456785US", "RP-7K3M9Q2X");
        assertThat(PdfReading.decoded(first.getSubimage(0, 0, half, first.getHeight()), BarcodeFormat.CODE_128))
                .containsExactlyInAnyOrder("LX98765432" + S10Number.checkDigit("98765432") + "US", "RP-AAAA1111");
        assertThat(PdfReading.decoded(PdfReading.turnedClockwise(PdfReading.render(pdf, 1, 203)), BarcodeFormat.CODE_128))
                .containsExactly("RP-BBBB2222");
        assertThat(PdfReading.fonts(pdf)).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
    }
}
