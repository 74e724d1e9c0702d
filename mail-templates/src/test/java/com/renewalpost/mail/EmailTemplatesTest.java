package com.renewalpost.mail;

import com.renewalpost.mail.preview.SampleEmails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTemplatesTest {

    private static final String CID = "activation-qr.test@renewalpost.invalid";
    private static final EmailTemplates TEMPLATES = new EmailTemplates();

    static Stream<Arguments> everyKindLanguageAndCode() {
        List<Arguments> all = new ArrayList<>();
        for (EmailKind kind : EmailKind.values()) {
            for (Language language : Language.values()) {
                for (CodeKind codeKind : CodeKind.values()) {
                    all.add(Arguments.of(kind, language, codeKind));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindLanguageAndCode")
    void everyTemplateRendersInEveryLanguage(EmailKind kind, Language language, CodeKind codeKind) {
        CustomerEmail email = SampleEmails.of(kind, language, codeKind);
        RenderedEmail rendered = TEMPLATES.render(email, CID);

        assertThat(rendered.kind()).isEqualTo(kind);
        assertThat(rendered.language()).isEqualTo(language);
        assertThat(rendered.subject()).isNotBlank().contains(SampleEmails.SAMPLE_ORDER_NUMBER);
        switch (language) {
            case EN, ES -> {
                assertThat(hanCharacters(rendered.subject())).isZero();
                assertThat(hanCharacters(rendered.text())).isZero();
            }
            case ZH_HANS, ZH_HANT -> {
                assertThat(hanCharacters(rendered.subject())).isGreaterThan(3);
                assertThat(hanCharacters(rendered.text())).isGreaterThan(50);
            }
            case JA -> {
                assertThat(kana(rendered.subject())).isGreaterThan(3);
                assertThat(kana(rendered.text())).isGreaterThan(50);
            }
        }
        for (String body : List.of(rendered.text(), rendered.html())) {
            assertThat(body).contains(SampleEmails.SAMPLE_ORDER_NUMBER, email.order().customerName(), "help@renewalpost.example");
            // an unfilled MessageFormat argument or a FreeMarker expression that leaked through
            assertThat(body).doesNotContainPattern("\\{\\d}").doesNotContain("${").doesNotContain("<#").doesNotContain("<@");
        }
        assertThat(rendered.subject()).doesNotContainPattern("\\{\\d}");
        assertThat(rendered.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language.tag() + "\">")
                .contains("<title>" + rendered.subject() + "</title>").endsWith("</html>\n");
        assertThat(rendered.text()).doesNotContain("<p", "<table", "&lt;", "&#");
    }

    /**
     * Read back in every language: every Latin word of subject, text and HTML text is one of the language's own texts
     * (eSIM, QR, PIN, Wi-Fi...) or comes from the email's data; an English sentence left over would bring words of its own.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindLanguageAndCode")
    void noEnglishIsLeftInAnEmailInAnotherLanguage(EmailKind kind, Language language, CodeKind codeKind) throws Exception {
        CustomerEmail email = SampleEmails.of(kind, language, codeKind);
        RenderedEmail rendered = TEMPLATES.render(email, CID);
        Set<String> allowed = new HashSet<>();
        bundle(language == Language.EN ? "messages.properties" : "messages_" + language.tag().replace('-', '_') + ".properties").values().forEach(v -> allowed.addAll(latinWords((String) v)));
        OrderDetails o = email.order();
        List<String> data = new ArrayList<>(List.of(o.customerName(), o.orderNumber(), o.productName(), o.support().email(),
                o.support().phone(), o.sender().name(), SampleEmails.SAMPLE_TRACKING_NUMBER, SampleEmails.SAMPLE_ESIM_CODE,
                SampleEmails.SAMPLE_VOUCHER_PIN, "https://tools.usps.com/go/TrackConfirmAction?tLabels=",
                SampleEmails.SAMPLE_ORDER_ONLINE_URL, SampleEmails.SAMPLE_UNSUBSCRIBE_URL));
        data.addAll(o.sender().postalAddress());
        if (email instanceof BalanceDue balance) {
            data.add(balance.currency().getCurrencyCode()); // the ISO code is the same in every language
        }
        // dates in the language's own words (month names)
        for (int month = 1; month <= 12; month++) {
            data.add(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(language.locale()).format(LocalDate.of(2025, month, 3)));
        }
        data.forEach(d -> allowed.addAll(latinWords(d)));
        String html = rendered.html().replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<[^>]*>", " ");
        for (String part : List.of(rendered.subject(), rendered.text(), html)) {
            Set<String> foreign = new java.util.TreeSet<>(latinWords(part));
            foreign.removeAll(allowed);
            assertThat(foreign).as("words of the %s %s email that are not its language's", language.tag(), kind).isEmpty();
        }
        if (language != Language.EN) {
            Set<String> english = new HashSet<>();
            bundle("messages.properties").values().forEach(v -> english.addAll(latinWords((String) v)));
            english.removeAll(allowed);
            assertThat(english).as("the check would find English").contains("Dear", "Order", "number");
        }
    }

    private static Set<String> latinWords(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = Pattern.compile("\\p{IsLatin}+").matcher(s);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    @ParameterizedTest
    @EnumSource(EmailKind.class)
    void eachLanguageHasItsOwnSubject(EmailKind kind) {
        Set<String> subjects = Arrays.stream(Language.values())
                .map(language -> TEMPLATES.render(SampleEmails.of(kind, language), CID).subject())
                .collect(Collectors.toSet());
        assertThat(subjects).hasSize(Language.values().length);
        assertThat(TEMPLATES.render(SampleEmails.of(kind, Language.ZH_HANS), CID).subject()).contains("订单");
        assertThat(TEMPLATES.render(SampleEmails.of(kind, Language.ZH_HANT), CID).subject()).contains("訂單");
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.EN), CID).text())
                .contains("posted on March 3, 2025", "between March 10, 2025 and March 21, 2025");
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.ZH_HANS), CID).text())
                .contains("已于2025年3月3日寄出", "将于2025年3月10日至2025年3月21日之间送达");
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.ZH_HANT), CID).text())
                .contains("已於2025年3月3日寄出");
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.JA), CID).text())
                .contains("2025年3月3日に発送しました", "2025年3月10日から2025年3月21日までの間に届く");
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.ES), CID).text())
                .contains("se envió el 3 de marzo de 2025", "entre el 10 de marzo de 2025 y el 21 de marzo de 2025");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindLanguageAndCode")
    void hostileNamesAreTextNeverMarkup(EmailKind kind, Language language, CodeKind codeKind) {
        for (String name : List.of("<script>alert(1)</script>", "\"}}", "<img src=x onerror=alert(1)>", "${7*7} {{name}} <#if>")) {
            CustomerEmail email = withCustomerName(SampleEmails.of(kind, language, codeKind), name, "<b>Bold</b> eSIM");
            RenderedEmail rendered = TEMPLATES.render(email, CID);

            assertThat(rendered.html())
                    .doesNotContain(name)
                    .doesNotContain("<script", "<img src=x", "<b>Bold", "\"}}")
                    .contains(htmlEscaped(name), "&lt;b&gt;Bold&lt;/b&gt; eSIM");
            // plain text is not markup: the name is shown exactly as given
            assertThat(rendered.text()).contains(name, "<b>Bold</b> eSIM");
        }
    }

    @Test
    void onlyTheCodeKindsHaveACodeComponent() {
        Set<Class<?>> leaves = new HashSet<>();
        collectLeaves(CustomerEmail.class, leaves);
        Set<Class<?>> seen = new HashSet<>();
        for (EmailKind kind : EmailKind.values()) {
            Class<?> type = SampleEmails.of(kind, Language.EN).getClass();
            seen.add(type);
            boolean hasCode = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .anyMatch(EmailedCode.class::isAssignableFrom);
            assertThat(hasCode).as("%s has a code component", type.getSimpleName()).isEqualTo(kind.carriesCode());
            assertThat(CodeEmail.class.isAssignableFrom(type)).isEqualTo(kind.carriesCode());
        }
        assertThat(seen).as("every kind of email is checked").isEqualTo(leaves);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindLanguageAndCode")
    void theCodeIsInCodeEmailsAndNowhereElse(EmailKind kind, Language language, CodeKind codeKind) {
        RenderedEmail rendered = TEMPLATES.render(SampleEmails.of(kind, language, codeKind), CID);
        var esim = EmailedCode.esimProfile(SampleEmails.SAMPLE_ESIM_CODE);
        List<String> secrets = List.of(esim.matchingId(), esim.activationCode(), SampleEmails.SAMPLE_VOUCHER_PIN);

        if (kind.carriesCode() && codeKind == CodeKind.ESIM_PROFILE) {
            for (String body : List.of(rendered.text(), rendered.html())) {
                assertThat(body).contains(esim.smdpAddress(), esim.matchingId(), esim.activationCode())
                        .doesNotContain(SampleEmails.SAMPLE_VOUCHER_PIN);
            }
            assertThat(rendered.html()).contains("src=\"cid:" + CID + "\"");
            assertThat(rendered.inlineImage()).map(InlineImage::contentId).contains(CID);
        } else if (kind.carriesCode()) {
            for (String body : List.of(rendered.text(), rendered.html())) {
                assertThat(body).contains(SampleEmails.SAMPLE_VOUCHER_PIN).doesNotContain(esim.matchingId());
            }
            assertThat(rendered.html()).doesNotContain("cid:");
            assertThat(rendered.inlineImage()).isEmpty();
        } else {
            for (String part : List.of(rendered.subject(), rendered.text(), rendered.html())) {
                for (String secret : secrets) {
                    assertThat(part).doesNotContain(secret);
                }
            }
            assertThat(rendered.html()).doesNotContain("cid:", "<img");
            assertThat(rendered.inlineImage()).isEmpty();
        }
        for (String secret : secrets) {
            assertThat(rendered.subject()).doesNotContain(secret);
            assertThat(rendered.toString()).doesNotContain(secret);
        }
    }

    /** The confirmation code in its own email, in every language, and nowhere else; the activation code never with it. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyKindLanguageAndCode")
    void theConfirmationCodeIsInItsOwnEmailOnly(EmailKind kind, Language language, CodeKind codeKind) throws Exception {
        CustomerEmail email = SampleEmails.of(kind, language, codeKind);
        RenderedEmail rendered = TEMPLATES.render(email, CID);
        Properties texts = bundle(language == Language.EN ? "messages.properties"
                : "messages_" + language.tag().replace('-', '_') + ".properties");
        assertThat(rendered.subject()).doesNotContain(SampleEmails.SAMPLE_CONFIRMATION_CODE);
        assertThat(rendered.toString()).doesNotContain(SampleEmails.SAMPLE_CONFIRMATION_CODE);
        assertThat(email.toString()).doesNotContain(SampleEmails.SAMPLE_CONFIRMATION_CODE);
        for (String body : List.of(rendered.text(), rendered.html())) {
            // every email quotes the line's last digits beside the order number, as the letter promises
            assertThat(body).contains(SampleEmails.SAMPLE_LINE_ENDING);
            if (kind == EmailKind.CONFIRMATION_CODE) {
                assertThat(body).contains(SampleEmails.SAMPLE_CONFIRMATION_CODE, texts.getProperty("confirmation.label"),
                                texts.getProperty("confirmation.genuine"))
                        .doesNotContain("04386-AGYFT-A74Y8-3F815", "SMDP.GSMA.COM", SampleEmails.SAMPLE_VOUCHER_PIN);
            } else {
                assertThat(body).doesNotContain(SampleEmails.SAMPLE_CONFIRMATION_CODE);
            }
        }
    }

    @Test
    void theInlineQrCodeReadsBackAsTheActivationCode() throws Exception {
        RenderedEmail rendered = TEMPLATES.render(SampleEmails.of(EmailKind.CODE_DELAYED, Language.EN), CID);

        InlineImage qr = rendered.inlineImage().orElseThrow();
        assertThat(qr.mediaType()).isEqualTo("image/png");
        assertThat(QrImages.decode(qr.bytes())).isEqualTo(SampleEmails.SAMPLE_ESIM_CODE);
    }

    @Test
    void theBrowserVersionEmbedsTheQrCodeItself() throws Exception {
        RenderedEmail rendered = TEMPLATES.renderForBrowser(SampleEmails.of(EmailKind.CODE_AT_RISK, Language.ZH_HANT));

        assertThat(rendered.inlineImage()).isEmpty();
        assertThat(rendered.html()).doesNotContain("cid:");
        Matcher dataUri = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(rendered.html());
        assertThat(dataUri.find()).isTrue();
        assertThat(QrImages.decode(Base64.getDecoder().decode(dataUri.group(1)))).isEqualTo(SampleEmails.SAMPLE_ESIM_CODE);
    }

    @Test
    void aCodeThatNeedsAConfirmationCodeSaysSo() {
        var order = SampleEmails.of(EmailKind.POSTED, Language.EN).order();
        String plain = TEMPLATES.render(new CodeDelayed(order, EmailedCode.esimProfile("LPA:1$SMDP.GSMA.COM$04386-AGYFT"),
                LocalDate.of(2025, 3, 3), null), CID).text();
        String confirmed = TEMPLATES.render(new CodeDelayed(order, EmailedCode.esimProfile("LPA:1$SMDP.GSMA.COM$04386-AGYFT$$1"),
                LocalDate.of(2025, 3, 3), null), CID).text();

        assertThat(plain).doesNotContain("confirmation code");
        assertThat(confirmed).contains("also ask for a confirmation code");
    }

    @Test
    void whatTheLetterIsDoingDependsOnTheCase() {
        var order = SampleEmails.of(EmailKind.POSTED, Language.EN).order();
        var pin = EmailedCode.voucherPin(SampleEmails.SAMPLE_VOUCHER_PIN);

        assertThat(TEMPLATES.render(new CodeAtRisk(order, pin, LocalDate.of(2025, 3, 14), null), CID).text())
                .contains("will be posted shortly", "expires on March 14, 2025").doesNotContain("was posted on");
        assertThat(TEMPLATES.render(new CodeAtRisk(order, pin, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 3)), CID).text())
                .contains("was posted on March 3, 2025");
        assertThat(TEMPLATES.render(SampleEmails.of(EmailKind.CODE_DELAYED, Language.EN), CID).text())
                .contains("still in the post", "same code", "only once", "sorry", SampleEmails.SAMPLE_TRACKING_NUMBER);
    }

    @Test
    void trackingIsLinkedWhenThereIsALinkAndSaidWhenThereIsNone() {
        RenderedEmail tracked = TEMPLATES.render(SampleEmails.of(EmailKind.POSTED, Language.EN), CID);
        assertThat(tracked.html()).contains(SampleEmails.SAMPLE_TRACKING_NUMBER,
                "href=\"https://tools.usps.com/go/TrackConfirmAction?tLabels=" + SampleEmails.SAMPLE_TRACKING_NUMBER + "\"");
        assertThat(tracked.text()).contains("https://tools.usps.com/go/TrackConfirmAction?tLabels=" + SampleEmails.SAMPLE_TRACKING_NUMBER);

        var sample = (Posted) SampleEmails.of(EmailKind.POSTED, Language.EN);
        RenderedEmail untracked = TEMPLATES.render(new Posted(sample.order(), sample.postedOn(), sample.expectedDelivery(), null), CID);
        assertThat(untracked.html()).doesNotContain("href=", SampleEmails.SAMPLE_TRACKING_NUMBER).contains("without a tracking number");
    }

    @Test
    void aReturnedLetterAsksForTheAddressAndALostOneDoesNot() {
        var sample = (ReplacementSent) SampleEmails.of(EmailKind.REPLACEMENT_SENT, Language.EN);
        String lost = TEMPLATES.render(sample, CID).text();
        String returned = TEMPLATES.render(new ReplacementSent(sample.order(), ReplacementSent.Reason.RETURNED, sample.postedOn(),
                sample.expectedDelivery(), sample.tracking()), CID).text();

        assertThat(lost).contains("lost in the post").doesNotContain("address has changed");
        assertThat(returned).contains("returned to us", "address has changed");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBalanceEmailStatesWhatIsMissingPaidAndThePriceInTheLanguagesOwnNumbers(Language language) {
        var sample = (BalanceDue) SampleEmails.of(EmailKind.BALANCE_DUE, language);
        RenderedEmail rendered = TEMPLATES.render(sample, CID);
        String due = language == Language.ES ? "5,00 USD" : "5.00 USD";
        String paid = language == Language.ES ? "24,00 USD" : "24.00 USD";
        String price = language == Language.ES ? "29,00 USD" : "29.00 USD";
        for (String body : List.of(rendered.text(), rendered.html())) {
            assertThat(body).contains(due, paid, price, sample.order().sender().name(), sample.order().productName());
            assertThat(body).contains(sample.order().sender().postalAddress().get(0));
            // no code in a balance email, ever
            assertThat(body).doesNotContain(SampleEmails.SAMPLE_ESIM_CODE, SampleEmails.SAMPLE_VOUCHER_PIN);
        }
        assertThat(rendered.inlineImage()).isEmpty();
        assertThat(EmailKind.BALANCE_DUE.carriesCode()).isFalse();
    }

    @Test
    void aBalanceInACurrencyWithoutMinorUnitsHasNoDecimals() {
        var sample = (BalanceDue) SampleEmails.of(EmailKind.BALANCE_DUE, Language.JA);
        var yen = new BalanceDue(sample.order(), new java.math.BigDecimal("500"), new java.math.BigDecimal("2500"),
                new java.math.BigDecimal("3000"), java.util.Currency.getInstance("JPY"));
        assertThat(TEMPLATES.render(yen, CID).text()).contains("500 JPY", "2,500 JPY", "3,000 JPY").doesNotContain("500.00");
    }

    @Test
    void englishStaysEnglishOnAChineseServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache(EmailTemplates.class.getClassLoader());
            RenderedEmail rendered = new EmailTemplates().render(SampleEmails.of(EmailKind.POSTED, Language.EN), CID);
            assertThat(hanCharacters(rendered.subject() + rendered.text())).isZero();
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(EmailTemplates.class.getClassLoader());
        }
    }

    @Test
    void everyLanguageTranslatesEveryText() throws Exception {
        Properties english = bundle("messages.properties");
        List<String> translations = List.of("messages_zh_Hans.properties", "messages_zh_Hant.properties",
                "messages_ja.properties", "messages_es.properties");
        for (String file : translations) {
            // a missing key would silently fall back to English
            assertThat(bundle(file).stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
        }
        for (String file : Stream.concat(Stream.of("messages.properties"), translations.stream()).toList()) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                // MessageFormat swallows ASCII apostrophes; the typographic one is safe
                assertThat(texts.getProperty(key)).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    private static Properties bundle(String file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EmailTemplates.class.getResourceAsStream("/com/renewalpost/mail/templates/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void collectLeaves(Class<?> type, Set<Class<?>> leaves) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.add(type);
        }
    }

    static CustomerEmail withCustomerName(CustomerEmail email, String name, String productName) {
        OrderDetails o = email.order();
        OrderDetails renamed = new OrderDetails(name, o.language(), o.orderNumber(), productName, o.support(), o.sender(),
                o.lineEnding());
        if (email instanceof CodeDelayed e) {
            return new CodeDelayed(renamed, e.code(), e.postedOn(), e.tracking());
        } else if (email instanceof CodeAtRisk e) {
            return new CodeAtRisk(renamed, e.code(), e.planExpiresOn(), e.postedOn());
        } else if (email instanceof Posted e) {
            return new Posted(renamed, e.postedOn(), e.expectedDelivery(), e.tracking());
        } else if (email instanceof ReplacementSent e) {
            return new ReplacementSent(renamed, e.reason(), e.postedOn(), e.expectedDelivery(), e.tracking());
        } else if (email instanceof BalanceDue e) {
            return new BalanceDue(renamed, e.due(), e.paid(), e.price(), e.currency());
        } else if (email instanceof ConfirmationCode e) {
            return new ConfirmationCode(renamed, e.confirmationCode());
        } else if (email instanceof RenewalReminder e) {
            return new RenewalReminder(renamed, e.lineLastFour(), e.nextExpiry(), e.latestDayToOrder(), e.lastCall(),
                    e.orderOnline(), e.unsubscribe());
        } else if (email instanceof NextCardOnItsWay e) {
            return new NextCardOnItsWay(renamed, e.planExpiresOn(), e.cardBy());
        }
        throw new AssertionError("unknown email type " + email.getClass());
    }

    private static String htmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static long kana(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
    }

    static long hanCharacters(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }
}
