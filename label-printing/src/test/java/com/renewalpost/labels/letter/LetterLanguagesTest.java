package com.renewalpost.labels.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.AddressFormats;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter in every language, read back: each text the English letter draws is there in the customer's language,
 * no English is left over, and the product is named and described in that language.
 */
class LetterLanguagesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 5);
    private static final Receipt RECEIPT = new Receipt(LocalDate.of(2026, 2, 17), new java.math.BigDecimal("29"), "USD", PaidBy.CHEQUE);
    private static final PrintSettings PLAIN = Samples.settings();
    private static final PrintSettings WITH_URL = Samples.settings().withTopUpUrlTemplate("https://topup.example.com/r?pin={pin}");

    /** A customer and the product's wording in one language (the wording fulfilment-web keeps per product). */
    private record Customer(String tag, String name, String product, String plan) {
    }

    private static final Map<LetterLanguage, Customer> CUSTOMERS = new LinkedHashMap<>();

    static {
        CUSTOMERS.put(LetterLanguage.ENGLISH, new Customer("en-US", "Maria Santos", "US eSIM Unlimited",
                "30 days, unlimited talk and text, 10 GB data"));
        CUSTOMERS.put(LetterLanguage.SIMPLIFIED_CHINESE, new Customer("zh-CN", "王小明", "美国 eSIM 无限套餐",
                "30 天，无限通话和短信，10 GB 流量"));
        CUSTOMERS.put(LetterLanguage.TRADITIONAL_CHINESE, new Customer("zh-TW", "陳美玲", "美國 eSIM 無限方案",
                "30 天，無限通話與簡訊，10 GB 數據"));
        CUSTOMERS.put(LetterLanguage.JAPANESE, new Customer("ja-JP", "田中優希", "米国 eSIM 無制限プラン",
                "30日間、通話・SMS 無制限、データ 10 GB"));
        CUSTOMERS.put(LetterLanguage.SPANISH, new Customer("es-MX", "Sofía García", "eSIM de EE. UU. ilimitada",
                "30 días, llamadas y mensajes ilimitados, 10 GB de datos"));
    }

    /** The kinds of letter: an eSIM whose phone asks for a confirmation code, a voucher with a bare PIN, one with a URL. */
    private enum Kind {
        ESIM, VOUCHER_PIN, VOUCHER_URL;

        LetterCode code() {
            return this == ESIM ? new EsimProfile("smdp.gsma.com", "04386-AGYFT-A74Y8-3F815", null, true)
                    : new Voucher("8273645519283746");
        }

        PrintSettings settings() {
            return this == VOUCHER_URL ? WITH_URL : PLAIN;
        }
    }

    static Stream<Arguments> everyLanguageAndKind() {
        List<Arguments> all = new ArrayList<>();
        for (LetterLanguage language : LetterLanguage.values()) {
            for (Kind kind : Kind.values()) {
                all.add(Arguments.of(language, kind));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLanguageAndKind")
    void everyTextTheEnglishLetterDrawsIsThereInTheCustomersLanguage(LetterLanguage language, Kind kind) {
        LetterContent english = content(LetterLanguage.ENGLISH, kind);
        String englishText = squeezed(letter(kind.settings(), english).text());
        Set<String> drawn = new TreeSet<>();
        for (String key : LetterTexts.of(LetterLanguage.ENGLISH).keys()) {
            expected(LetterLanguage.ENGLISH, key, english, kind.settings()).filter(s -> englishText.contains(squeezed(s)))
                    .ifPresent(s -> drawn.add(key));
        }
        // the English letter itself proves the list is the letter's: these are on every letter of the kind
        assertThat(drawn).contains("title", "greeting", "intro", "reminder", "support", "support.phone", "support.web", "order",
                "record.title", "record.order", "record.paid", "record.support", "genuine.title", "genuine.text");
        if (kind == Kind.ESIM) {
            assertThat(drawn).contains("code.esim.title", "qr.esim", "manual.title", "manual.smdp", "manual.matching",
                    "manual.confirmation", "steps.esim.title", "steps.esim.1", "steps.esim.5");
        } else {
            assertThat(drawn).contains("code.voucher.title", "code.note", "steps.voucher.title", "steps.voucher.4",
                    kind == Kind.VOUCHER_URL ? "qr.voucher.url" : "qr.voucher.pin");
        }

        LetterContent content = content(language, kind);
        Letter letter = letter(kind.settings(), content);
        assertThat(PdfReading.pageCount(letter.pdf())).isEqualTo(1);
        String text = squeezed(letter.text());
        for (String key : drawn) {
            String wanted = expected(language, key, content, kind.settings()).orElseThrow();
            assertThat(text).as("%s letter (%s) draws %s: %s", language, kind, key, wanted).contains(squeezed(wanted));
        }
        Customer customer = CUSTOMERS.get(language);
        assertThat(text).as("product name and plan in the letter's language")
                .contains(squeezed(customer.product()), squeezed(customer.plan()));
        String date = DATE.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.formatLocale()));
        assertThat(text).contains(squeezed(date));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyLanguageAndKind")
    void noEnglishIsLeftInALetterInAnotherLanguage(LetterLanguage language, Kind kind) {
        LetterContent content = content(language, kind);
        String text = letter(kind.settings(), content).text();
        // every Latin word must come from the language's own texts (eSIM, QR, PIN, Wi-Fi...) or from the letter's data
        Set<String> allowed = new HashSet<>();
        LetterTexts own = LetterTexts.of(language);
        own.keys().forEach(key -> allowed.addAll(latinWords(own.text(key))));
        Sender sender = Samples.sender();
        List<String> data = new ArrayList<>(List.of(sender.name(), sender.supportEmail(), sender.supportPhone(), sender.website(),
                content.customerName(), content.productName(), content.planDescription(), content.orderNumber(),
                content.code().forReading(), kind.settings().topUpUrlTemplate() == null ? "" : kind.settings().topUpUrlTemplate(),
                DATE.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.formatLocale())),
                RECEIPT.orderedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.formatLocale())),
                RECEIPT.amountText()));
        data.addAll(AddressFormats.standard().forCountry(sender.address().countryCode()).labelLines(sender.address()));
        if (content.code() instanceof EsimProfile esim) {
            data.add(esim.smdpAddress());
            data.add(esim.matchingId());
        }
        data.forEach(d -> allowed.addAll(latinWords(d)));
        Set<String> foreign = new TreeSet<>(latinWords(text));
        foreign.removeAll(allowed);
        assertThat(foreign).as("words of %s letter (%s) that are not its language's", language, kind).isEmpty();
        if (language != LetterLanguage.ENGLISH) {
            // and the test is not vacuous: the English texts would be found
            Set<String> englishWords = new HashSet<>();
            LetterTexts english = LetterTexts.of(LetterLanguage.ENGLISH);
            english.keys().forEach(key -> englishWords.addAll(latinWords(english.text(key))));
            englishWords.removeAll(allowed);
            assertThat(englishWords).contains("Dear", "Order", "number");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void manualEntryLinesSayWhichStringIsTheAddressAndWhichTheCode(LetterLanguage language) {
        LetterContent content = content(language, Kind.ESIM);
        String text = squeezed(letter(PLAIN, content).text());
        LetterTexts t = LetterTexts.of(language);
        // label and value on one line, in this order: the label is what tells the customer which is which
        assertThat(text).contains(squeezed(t.format("manual.label", t.text("manual.smdp")) + "SMDP.GSMA.COM"))
                .contains(squeezed(t.format("manual.label", t.text("manual.matching")) + "04386-AGYFT-A74Y8-3F815"));
    }

    static Stream<LetterLanguage> languages() {
        return Stream.of(LetterLanguage.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void japaneseIsDrawnInTheJapaneseFaceAndSpanishInTheLatinFont(LetterLanguage language) {
        Set<String> fonts = PdfReading.fonts(letter(PLAIN, content(language, Kind.ESIM)).pdf()).keySet();
        assertThat(fonts).allSatisfy(f -> assertThat(f).doesNotContain("NotoSansCJKkr", "NotoSansCJKhk"));
        switch (language) {
            case JAPANESE -> assertThat(fonts).anyMatch(f -> f.contains("NotoSansCJKjp"))
                    .noneMatch(f -> f.contains("NotoSansCJKsc") || f.contains("NotoSansCJKtc"));
            case SIMPLIFIED_CHINESE -> assertThat(fonts).anyMatch(f -> f.contains("NotoSansCJKsc"))
                    .noneMatch(f -> f.contains("NotoSansCJKjp") || f.contains("NotoSansCJKtc"));
            case TRADITIONAL_CHINESE -> assertThat(fonts).anyMatch(f -> f.contains("NotoSansCJKtc"))
                    .noneMatch(f -> f.contains("NotoSansCJKjp") || f.contains("NotoSansCJKsc"));
            case ENGLISH, SPANISH -> assertThat(fonts).isNotEmpty().noneMatch(f -> f.contains("NotoSansCJK"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageFileHasExactlyTheEnglishKeys(LetterLanguage language) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle own = ResourceBundle.getBundle("com.renewalpost.labels.letter.LetterText", language.bundleLocale(), noFallback);
        assertThat(own.getLocale()).as("the bundle is the language's own file").isEqualTo(language.bundleLocale());
        assertThat(Collections.list(own.getKeys())).containsExactlyInAnyOrderElementsOf(LetterTexts.of(LetterLanguage.ENGLISH).keys());
    }

    /**
     * The catalogue keeps a product's name to 100 characters and its plan description to 200 (fulfilment-web's
     * ProductWording): at those lengths, in wide CJK characters, with the longest customer name, every letter still fits
     * its page, on the smaller paper too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theLongestProductWordingFitsOnePage(LetterLanguage language) {
        boolean wide = language != LetterLanguage.ENGLISH && language != LetterLanguage.SPANISH;
        String name = (wide ? "米国無制限" : "Unlimited ").repeat(20).substring(0, 100);
        String plan = (wide ? "通話無制限データ" : "talk data ").repeat(25).substring(0, 200);
        String customer = "Maximiliana Alexandrina Konstantinopoulou-Vanderbilt de la Cruz y Montenegro XYZ";
        for (com.renewalpost.labels.PaperSize paper : com.renewalpost.labels.PaperSize.values()) {
            LetterContent content = new LetterContent("RP-9Z9Z9Z9Z", CUSTOMERS.get(language).tag(), customer, name, plan,
                    Kind.ESIM.code(), DATE);
            Letter letter = letter(PLAIN.withPaper(paper), withReceipt(content));
            assertThat(PdfReading.pageCount(letter.pdf())).isEqualTo(1);
            assertThat(squeezed(letter.text())).as("%s on %s", language, paper).contains(squeezed(name), squeezed(plan));
        }
    }

    private static LetterContent content(LetterLanguage language, Kind kind) {
        Customer c = CUSTOMERS.get(language);
        assertThat(LetterLanguage.of(c.tag())).isEqualTo(language);
        return new LetterContent("RP-7K3M9Q2X", c.tag(), c.name(), c.product(), c.plan(), kind.code(), DATE, null, RECEIPT);
    }

    private static LetterContent withReceipt(LetterContent c) {
        return new LetterContent(c.orderNumber(), c.language(), c.customerName(), c.productName(), c.planDescription(), c.code(),
                c.letterDate(), c.customerNameLatin(), RECEIPT);
    }

    /** What a key's text looks like on this letter, arguments filled in; empty for keys drawn only as part of another. */
    private static java.util.Optional<String> expected(LetterLanguage language, String key, LetterContent content,
            PrintSettings settings) {
        LetterTexts t = LetterTexts.of(language);
        Sender sender = settings.sender();
        String value = switch (key) {
            case "greeting" -> t.format(key, content.customerName());
            case "intro" -> t.format(key, content.productName(), content.planDescription());
            case "intro.noplan" -> t.format(key, content.productName());
            case "support" -> t.format(key, sender.supportEmail());
            case "support.phone" -> t.format(key, sender.supportPhone());
            case "support.web" -> t.format(key, sender.website());
            // a label is only a label beside its value
            case "manual.smdp" -> t.format("manual.label", t.text(key)) + ((EsimProfile) esimOr(content)).smdpAddress();
            case "manual.matching" -> t.format("manual.label", t.text(key)) + ((EsimProfile) esimOr(content)).matchingId();
            case "manual.label" -> null;
            case "record.order" -> t.format(key, content.orderNumber(), content.receipt().orderedOn()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.formatLocale())));
            case "record.paid" -> t.format(key, content.receipt().amountText(), t.text("paid." + content.receipt().paidBy().name()));
            case "record.support" -> t.format(key, sender.supportEmail());
            // drawn only inside record.paid, and the cheque's word only on a letter paid by cheque
            case "record.paid.other", "paid.CHEQUE", "paid.MONEY_ORDER", "paid.CARD", "paid.PAYPAL", "paid.ALIPAY",
                    "paid.MARKETPLACE" -> null;
            default -> t.text(key);
        };
        return java.util.Optional.ofNullable(value);
    }

    private static LetterCode esimOr(LetterContent content) {
        return content.code() instanceof EsimProfile ? content.code() : new EsimProfile("not.drawn.example", "NOT-DRAWN", null, false);
    }

    /** A letter as written and its text as read back. */
    private record Letter(byte[] pdf, String text) {
    }

    /** Letters by what they were written from: several tests read the same letter, which is written and read once. */
    private static final Map<List<Object>, Letter> LETTERS = new ConcurrentHashMap<>();

    private static Letter letter(PrintSettings settings, LetterContent content) {
        return LETTERS.computeIfAbsent(List.of(settings, content), key -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ActivationLetters(settings).write(content, out);
            return new Letter(out.toByteArray(), PdfReading.text(out.toByteArray()));
        });
    }

    /** Without white space: lines wrap anywhere in CJK text, and text extraction puts spaces where glyphs stand apart. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");

    private static Set<String> latinWords(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = LATIN_WORD.matcher(s);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
