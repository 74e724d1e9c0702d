package com.renewalpost.labels.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Samples;
import com.renewalpost.labels.font.FontUnavailableException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationLettersTest {

    private static byte[] letter(PrintSettings settings, LetterContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActivationLetters(settings).write(content, out);
        return out.toByteArray();
    }

    @Test
    void esimLetterCarriesNameCodeManualEntryAndOrderNumber() {
        byte[] pdf = letter(Samples.settings(), Samples.esimLetter());
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        String text = PdfReading.text(pdf).replaceAll("[ \\t]+", " ");
        assertThat(text).contains("Dear Maria Santos,")
                .contains("04386-AGYFT-A74Y8-3F815")
                .contains("SM-DP+ address: SMDP.GSMA.COM")
                .contains("Activation code: 04386-AGYFT-A74Y8-3F815")
                .contains("RP-7K3M9Q2X")
                .contains("US eSIM Unlimited")
                .contains("Renew a week before your plan expires")
                .contains("help@renewalpost.example")
                .contains("How to install your eSIM");
        assertThat(text).doesNotContain("confirmation code");
    }

    @Test
    void esimQrIsTheExactUpperCaseActivationStringInAlphanumericModeAndOrderBarcodeScans() {
        byte[] pdf = letter(Samples.settings(), Samples.esimLetter());
        List<Result> found = PdfReading.barcodes(PdfReading.render(pdf, 0, 200));
        Result qr = found.stream().filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE).findFirst().orElseThrow();
        assertThat(qr.getText()).isEqualTo(Samples.ACTIVATION);
        // byte segments appear only when a QR code had to fall back to byte mode
        assertThat(qr.getResultMetadata()).doesNotContainKey(ResultMetadataType.BYTE_SEGMENTS);
        assertThat(found).filteredOn(r -> r.getBarcodeFormat() == BarcodeFormat.CODE_128)
                .extracting(Result::getText).containsExactly("RP-7K3M9Q2X");
    }

    @Test
    void voucherQrCarriesThePinOrTheConfiguredTopUpUrl() {
        LetterContent voucher = Samples.voucherLetter("en", "Maria Santos");
        byte[] bare = letter(Samples.settings(), voucher);
        assertThat(PdfReading.text(bare)).contains("8273 6455 1928 3746").contains("Your top-up PIN");
        List<Result> onPage = PdfReading.barcodes(PdfReading.render(bare, 0, 200));
        assertThat(PdfReading.decoded(onPage, BarcodeFormat.QR_CODE)).containsExactly("8273645519283746");
        assertThat(PdfReading.decoded(onPage, BarcodeFormat.CODE_128)).containsExactly("RP-4H8W2N6C");

        byte[] withUrl = letter(Samples.settings().withTopUpUrlTemplate("https://topup.example.com/r?pin={pin}&src=letter"), voucher);
        assertThat(PdfReading.decoded(PdfReading.render(withUrl, 0, 200), BarcodeFormat.QR_CODE))
                .containsExactly("https://topup.example.com/r?pin=8273645519283746&src=letter");
        assertThat(PdfReading.text(withUrl)).contains("open the top-up page");
    }

    @Test
    void confirmationFlagIsInTheQrButNoConfirmationCodeIsPrinted() {
        LetterContent content = new LetterContent("RP-2B7T5V1K", "en", "Li Wei", "US eSIM", "30 days",
                new EsimProfile("smdp.example.com", "K2-4GH7-J93M", null, true), null);
        byte[] pdf = letter(Samples.settings(), content);
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 200), BarcodeFormat.QR_CODE))
                .containsExactly("LPA:1$SMDP.EXAMPLE.COM$K2-4GH7-J93M$$1");
        assertThat(PdfReading.text(pdf)).contains("confirmation code");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void letterIsOnePageOfTheConfiguredPaper(PaperSize paper) {
        byte[] pdf = letter(Samples.settings().withPaper(paper), Samples.esimLetter());
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        float[] size = PdfReading.pageSize(pdf, 0);
        assertThat(size[0]).isCloseTo(paper.pageSize().getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(size[1]).isCloseTo(paper.pageSize().getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(PdfReading.decoded(PdfReading.render(pdf, 0, 200), BarcodeFormat.QR_CODE)).containsExactly(Samples.ACTIVATION);
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans, 您的续费卡, 王小明", "zh-Hant, 您的續費卡, 陳美玲", "zh-CN, 您的续费卡, 张伟", "zh-TW, 您的續費卡, 林志明"})
    void chineseLettersAreInChineseWithTheNameInItsOwnScript(String language, String title, String name) {
        byte[] pdf = letter(Samples.settings(), Samples.voucherLetter(language, name));
        String text = PdfReading.text(pdf);
        assertThat(text).contains(title).contains(name + "，您好").contains("8273 6455 1928 3746").contains("RP-4H8W2N6C");
        assertThat(PdfReading.fonts(pdf)).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue())
                .anySatisfy((font, embedded) -> assertThat(font).contains("NotoSansCJK"));
    }

    @Test
    void chineseNameRendersAsInkNotBlankSpace() {
        // the same English letter with a one-character and a six-character Chinese name: more glyphs, more ink in the greeting
        byte[] one = letter(Samples.settings(), Samples.voucherLetter("en", "王"));
        byte[] six = letter(Samples.settings(), Samples.voucherLetter("en", "王小明王小明"));
        assertThat(PdfReading.text(six)).contains("Dear 王小明王小明,");
        BufferedImage a = PdfReading.render(one, 0, 200);
        BufferedImage b = PdfReading.render(six, 0, 200);
        long inkOne = PdfReading.ink(a, 0, 0, a.getWidth(), a.getHeight());
        long inkSix = PdfReading.ink(b, 0, 0, b.getWidth(), b.getHeight());
        assertThat(inkSix - inkOne).isGreaterThan(300);
    }

    @ParameterizedTest
    @CsvSource({"fr, Your renewal card", "'', Your renewal card", "pt-BR, Your renewal card", "en-GB, Your renewal card"})
    void otherLanguagesFallBackToEnglish(String language, String title) {
        byte[] pdf = letter(Samples.settings(), Samples.voucherLetter(language, "Jean Dupont"));
        assertThat(PdfReading.text(pdf)).contains(title).contains("Dear Jean Dupont,");
    }

    @Test
    void englishIsUsedEvenWhenTheServerRunsInChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(PdfReading.text(letter(Samples.settings(), Samples.voucherLetter("en", "Ann Lee")))).contains("Your renewal card");
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource({"zh-Hans, SIMPLIFIED_CHINESE", "zh-Hant, TRADITIONAL_CHINESE", "zh, SIMPLIFIED_CHINESE", "zh-SG, SIMPLIFIED_CHINESE",
            "zh-HK, TRADITIONAL_CHINESE", "zh-MO, TRADITIONAL_CHINESE", "zh_TW, TRADITIONAL_CHINESE", "zh-Hant-HK, TRADITIONAL_CHINESE",
            "ja, JAPANESE", "ja-JP, JAPANESE", "ja_JP, JAPANESE", "es, SPANISH", "es-MX, SPANISH", "es-419, SPANISH",
            "es-AR, SPANISH", "es-ES, SPANISH", "en, ENGLISH", "de, ENGLISH", "ko, ENGLISH", "pt-BR, ENGLISH"})
    void languageTagsMapToTheLetterLanguages(String tag, LetterLanguage expected) {
        assertThat(LetterLanguage.of(tag)).isEqualTo(expected);
    }

    @Test
    void everyLanguageHasEveryText() throws java.io.IOException {
        Set<Object> english = properties("LetterText.properties").keySet();
        assertThat(english).contains("greeting", "reminder", "steps.esim.1");
        for (String file : List.of("LetterText_zh_Hans.properties", "LetterText_zh_Hant.properties", "LetterText_ja.properties",
                "LetterText_es.properties")) {
            assertThat(properties(file).keySet()).as(file).containsExactlyInAnyOrderElementsOf(english);
        }
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        assertThat(ResourceBundle.getBundle("com.renewalpost.labels.letter.LetterText", Locale.forLanguageTag("zh-Hant"), noFallback)
                .getString("title")).isEqualTo("您的續費卡");
    }

    private static java.util.Properties properties(String file) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = ActivationLetters.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void longestNameWrapsAndTheLetterStaysOnOnePage() {
        String name = "Maximiliana Alexandrina Konstantinopoulou-Vanderbilt de la Cruz y Montenegro XYZ";
        assertThat(name).hasSize(LetterContent.MAX_NAME_LENGTH);
        LetterContent content = new LetterContent("RP-9Z9Z9Z9Z", "en", name, "US eSIM Unlimited Plus International Roaming Edition",
                "90 days, unlimited talk and text to the United States, Canada and Mexico, 50 GB high-speed data then unlimited at 256 kbps",
                new EsimProfile("smdp.gsma.com", "04386-AGYFT-A74Y8-3F815", "1.3.6.1.4.1.31746", true), LocalDate.of(2026, 3, 5));
        byte[] pdf = letter(Samples.settings().withPaper(PaperSize.US_LETTER), content);
        assertThat(PdfReading.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfReading.text(pdf).replaceAll("\\s+", " ")).contains("Dear " + name + ",").contains("256 kbps");
        List<Result> onPage = PdfReading.barcodes(PdfReading.render(pdf, 0, 200));
        assertThat(PdfReading.decoded(onPage, BarcodeFormat.QR_CODE))
                .containsExactly("LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815$1.3.6.1.4.1.31746$1");
        assertThat(PdfReading.decoded(onPage, BarcodeFormat.CODE_128)).containsExactly("RP-9Z9Z9Z9Z");
    }

    @Test
    void textTooLongForOnePageIsRefusedRatherThanCut() {
        String endless = "Unlimited talk and text with international roaming in forty countries. ".repeat(200);
        LetterContent content = new LetterContent("RP-9Z9Z9Z9Z", "en", "Maria Santos", "US eSIM", endless,
                new Voucher("8273645519283746"), null);
        assertThatThrownBy(() -> letter(Samples.settings(), content))
                .isInstanceOf(com.renewalpost.labels.ContentDoesNotFitException.class).hasMessageContaining("RP-9Z9Z9Z9Z");
    }

    @Test
    void everyFontIsEmbeddedAndBarcodesAreVectorShapes() {
        byte[] pdf = letter(Samples.settings(), Samples.esimLetter());
        assertThat(PdfReading.fonts(pdf)).isNotEmpty().allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
        assertThat(PdfReading.rasterImages(pdf)).isZero();
    }

    @Test
    void missingCjkFontIsReportedClearlyAndOnlyWhenNeeded() {
        PrintSettings noCjk = Samples.settings().withFonts(Samples.settings().fonts().withCjk(Path.of("/nonexistent/NotoSansCJK.ttc")));
        assertThatThrownBy(() -> letter(noCjk, Samples.voucherLetter("zh-Hans", "王小明")))
                .isInstanceOf(FontUnavailableException.class)
                .hasMessageContaining("/nonexistent/NotoSansCJK.ttc")
                .hasMessageContaining("fonts-noto-cjk");
        assertThat(PdfReading.text(letter(noCjk, Samples.voucherLetter("en", "Maria Santos")))).contains("Dear Maria Santos,");
    }
}
