package com.renewalpost.labels.letter;

import com.google.zxing.BarcodeFormat;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.address.PostalAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenewalFormsTest {

    private static final List<RenewalFormContent.Price> PRICES = List.of(
            new RenewalFormContent.Price("US eSIM Unlimited", "USD", new BigDecimal("29.00")),
            new RenewalFormContent.Price("US eSIM Unlimited", "JPY", new BigDecimal("4300")),
            new RenewalFormContent.Price("US Talk & Text", "USD", new BigDecimal("15.00")));
    private static final LocalDate LATEST = LocalDate.of(2027, 2, 11);

    private static byte[] form(RenewalFormContent content) {
        var out = new ByteArrayOutputStream();
        new RenewalForms(Samples.settings()).write(content, out);
        return out.toByteArray();
    }

    private static RenewalFormContent filled(String language, String name, PostalAddress address) {
        return new RenewalFormContent(language, "RN-7K3M9Q2XW4TD", address, "yui@example.jp", "8901260000000000007",
                LocalDate.of(2027, 3, 9), PRICES.subList(0, 2), "Renewal Post LLC", LATEST, 3);
    }

    private static PostalAddress tokyo(String name) {
        return new PostalAddress(name, null, List.of("2-11-3 Meguro"), null, "Meguro-ku", "Tokyo", "153-0063", "JP");
    }

    /** Without white space: extraction breaks wrapped labels where the layout did. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(byte[] pdf) {
        return PdfReading.text(pdf).replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void filledInFormCarriesTheCustomerLineLatestDayAndAScannableReferenceInEachLanguage(LetterLanguage language) {
        byte[] pdf = form(filled(language.tag(), "Yui Tanaka", tokyo("Yui Tanaka")));
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        var texts = ResourceBundle.getBundle("com.renewalpost.labels.letter.RenewalFormText", language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = text(pdf);
        String latest = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.formatLocale()).format(LATEST);
        assertThat(squeezed(text)).contains(squeezed(texts.getString("title.renewal")),
                squeezed(texts.getString("field.line")), squeezed(texts.getString("section.pay")));
        assertThat(squeezed(text)).contains(squeezed(texts.getString("changes")));
        assertThat(text).contains("Yui Tanaka", "TOKYO 153-0063", "JAPAN", "8901260000000000007", "yui@example.jp", "US eSIM Unlimited", "USD 29", "JPY 4",
                "Renewal Post LLC", "WEEHAWKEN", "RN-7K3M9Q2XW4TD", "help@renewalpost.example");
        assertThat(squeezed(text)).contains(squeezed(latest));
        assertThat(text).doesNotContain("US Talk & Text"); // only the renewed product's prices
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 200), BarcodeFormat.CODE_128))
                .containsExactly("RN-7K3M9Q2XW4TD");
    }

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void blankFormListsEveryProductAndHowToPayWithNoBarcodeInEachLanguage(LetterLanguage language) {
        byte[] pdf = form(RenewalFormContent.blank(language.tag(), PRICES, "Renewal Post LLC", 3));
        assertThat(PdfReading.pageCount(pdf)).as("the form and its price list").isEqualTo(2);
        var texts = ResourceBundle.getBundle("com.renewalpost.labels.letter.RenewalFormText", language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = text(pdf);
        assertThat(squeezed(text)).contains(squeezed(texts.getString("title.blank")),
                squeezed(texts.getString("field.name")), squeezed(texts.getString("field.address")));
        assertThat(squeezed(text)).doesNotContain(squeezed(texts.getString("changes")));
        assertThat(text).contains("US eSIM Unlimited",
                "US Talk & Text", "USD 15", "Renewal Post LLC", "USD, JPY");
        assertThat(text).doesNotContain(texts.getString("title.renewal") + " ").doesNotContain("RN-");
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 150), BarcodeFormat.CODE_128)).isEmpty();
    }

    @Test
    void aLongPriceListRunsOnToMorePagesAndLeavesNoProductOut() {
        var many = new java.util.ArrayList<RenewalFormContent.Price>();
        for (int i = 0; i < 120; i++) {
            many.add(new RenewalFormContent.Price("Plan " + i + " US eSIM", "USD", new BigDecimal(10 + i)));
        }
        many.add(new RenewalFormContent.Price("米国eSIMプラン".repeat(14), "JPY", new BigDecimal("5000")));
        // a product sold in thirty currencies: its prices wrap over several lines of its row
        var currencies = java.util.Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() == 2 && !c.getCurrencyCode().startsWith("X"))
                .map(java.util.Currency::getCurrencyCode).sorted().limit(30).toList();
        for (var currency : currencies) {
            many.add(new RenewalFormContent.Price("Global plan", currency, new BigDecimal("12345.67")));
        }
        byte[] pdf = form(RenewalFormContent.blank("ja", many, "Renewal Post LLC", 3));
        assertThat(PdfReading.pageCount(pdf)).isGreaterThanOrEqualTo(4);
        String text = text(pdf);
        for (int i = 0; i < 120; i++) {
            assertThat(text).contains("Plan " + i + " US eSIM");
        }
        assertThat(squeezed(text)).contains("USD129", "JPY5,000", "米国eSIMプラン米国");
        for (var currency : currencies) {
            assertThat(squeezed(text)).contains(currency + "12,345.67");
        }
    }

    @Test
    void namesInOtherScriptsPrintAsTheyAreWritten() {
        for (String name : List.of("田中 結衣", "Σοφία Παπαδοπούλου", "محمد الأحمد", "สมชาย ใจดี", "अनीता शर्मा", "Ганна Коваленко")) {
            byte[] pdf = form(filled("en", name, tokyo(name)));
            // the name's own glyphs, shaped, carry the name as written: found by PDFBox, at a readable size, twice
            // (the name field and the address's first line)
            var box = PdfReading.spanBox(pdf, 0, name);
            assertThat(box).as(name).isNotNull();
            assertThat(box.size()).as(name).isGreaterThan(7);
            assertThat(box.right() - box.left()).as(name).isGreaterThan(20);
            assertThat(PdfReading.text(pdf)).as(name).contains(name);
            // and there is ink where they are: not a blank name
            float scale = 150 / 72f;
            long ink = PdfReading.ink(PdfReading.render(pdf, 0, 150), Math.round(box.left() * scale),
                    Math.round((box.baseline() - box.size()) * scale), Math.round((box.right() - box.left()) * scale),
                    Math.round(box.size() * 1.2f * scale));
            assertThat(ink).as(name).isGreaterThan(50);
        }
    }

    @Test
    void theFormIsTheLettersNextPageAndEachPageKeepsItsOwnBarcode() {
        var letter = Samples.esimLetter().withRenewalForm(filled("es", "Yui Tanaka", tokyo("Yui Tanaka")));
        var out = new ByteArrayOutputStream();
        new ActivationLetters(Samples.settings()).write(letter, out);
        byte[] pdf = out.toByteArray();
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(2);
        var pages = PdfReading.pageTexts(pdf);
        assertThat(pages.get(0)).contains("04386-AGYFT-A74Y8-3F815").doesNotContain("RN-7K3M9Q2XW4TD");
        assertThat(pages.get(1)).contains("Formulario de renovación", "RN-7K3M9Q2XW4TD")
                .doesNotContain("04386-AGYFT-A74Y8-3F815"); // the code never on the form
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 200), BarcodeFormat.CODE_128)).containsExactly("RP-7K3M9Q2X");
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 1, 200), BarcodeFormat.CODE_128))
                .containsExactly("RN-7K3M9Q2XW4TD");
    }

    @Test
    void withoutThePlansExpiryTheFormGivesTheAdviceInWeeks() {
        byte[] pdf = form(new RenewalFormContent("en", "RN-7K3M9Q2XW4TD", tokyo("Yui Tanaka"), null, "+12025550143", null,
                PRICES.subList(0, 1), "Renewal Post LLC", null, 3));
        assertThat(text(pdf)).contains("at least 3 weeks before your plan expires", "+12025550143", "Email —")
                .doesNotContain("Latest day to post");
    }

    @Test
    void amountsCarryTheirCurrencyCodeAndItsMinorUnits() {
        assertThat(RenewalForms.money("USD", new BigDecimal("29"), Locale.ENGLISH)).isEqualTo("USD 29.00");
        assertThat(RenewalForms.money("JPY", new BigDecimal("4300"), Locale.JAPAN)).isEqualTo("JPY 4,300");
        assertThat(RenewalForms.money("EUR", new BigDecimal("27.5"), Locale.forLanguageTag("es-419"))).isIn("EUR 27.50", "EUR 27,50");
    }

    @Test
    void aFilledInFormNeedsItsCustomerAndDatesAndABlankOneCarriesNone() {
        assertThatThrownBy(() -> new RenewalFormContent("en", "RN-7K3M9Q2XW4TD", null, null, "8901260000000000007",
                null, PRICES, "Renewal Post LLC", null, 3)).hasMessageContaining("customer");
        assertThatThrownBy(() -> new RenewalFormContent("en", "RN-7K3M9Q2XW4TD", tokyo("Yui"), null, "8901260000000000007",
                null, PRICES, "Renewal Post LLC", LATEST, 3)).hasMessageContaining("expiry");
        assertThatThrownBy(() -> new RenewalFormContent("en", null, tokyo("Yui"), null, null, null, PRICES, "Renewal Post LLC",
                null, 3)).hasMessageContaining("blank");
        assertThatThrownBy(() -> new RenewalFormContent("en", "rn 1", tokyo("Yui"), null, "8901260000000000007", null, PRICES,
                "Renewal Post LLC", LATEST, 3)).hasMessageContaining("reference");
    }

    @Test
    void everyLanguageHasEveryText() {
        var english = ResourceBundle.getBundle("com.renewalpost.labels.letter.RenewalFormText", Locale.ROOT).keySet();
        for (LetterLanguage language : LetterLanguage.values()) {
            assertThat(LetterTexts.form(language).keys()).as(language.tag()).containsExactlyInAnyOrderElementsOf(english);
        }
    }
}
