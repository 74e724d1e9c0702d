package com.renewalpost.labels.letter;

import com.renewalpost.labels.ContentDoesNotFitException;
import com.renewalpost.labels.PdfReading;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The greeting names the customer as they write their name, or by their Latin name when no font draws it: never a blank. */
class GreetingTest {

    @Test
    void nameInAScriptWithoutFontIsGreetedByTheLatinName(@TempDir Path noScriptFonts) {
        PrintSettings settings = Samples.settings().withFonts(Samples.settings().fonts().withScripts(noScriptFonts));
        String text = PdfReading.text(letter(settings, letter("hi", "प्रियंका द्विवेदी", "Priyanka Dwivedi")));
        assertThat(text).contains("Dear Priyanka Dwivedi,").doesNotContain("प्रियंका");
    }

    @Test
    void printableNameIsGreetedInItsOwnScriptEvenWithALatinName() {
        byte[] pdf = letter(Samples.settings(), letter("ar", "محمد عبد الله", "Mohammed Abdullah"));
        assertThat(PdfReading.text(pdf)).contains("Dear محمد عبد الله,").doesNotContain("Mohammed");
        assertThat(PdfReading.fonts(pdf).keySet()).anySatisfy(font -> assertThat(font).contains("NotoNaskhArabic"));
    }

    @Test
    void charactersNoFontDrawsAreLeftOutOfALatinNameRatherThanPrintedAsBoxes() {
        assertThat(PdfReading.text(letter(Samples.settings(), letter("en", "Anna \uD83C\uDF38 Lee", null)))).contains("Dear Anna Lee,");
    }

    @Test
    void aNameWithNothingPrintableAndNoLatinNameIsRefused(@TempDir Path noScriptFonts) {
        PrintSettings settings = Samples.settings().withFonts(Samples.settings().fonts().withScripts(noScriptFonts));
        assertThatThrownBy(() -> letter(settings, letter("hi", "प्रियंका", null)))
                .isInstanceOf(ContentDoesNotFitException.class).hasMessageContaining("RP-4H8W2N6C").hasMessageContaining("DEVANAGARI");
    }

    @Test
    void hanNameIsDrawnInTheFaceOfTheCustomersLanguage() {
        assertThat(PdfReading.fonts(letter(Samples.settings(), letter("ja", "高橋 直子", null))).keySet())
                .anySatisfy(font -> assertThat(font).contains("NotoSansCJKjp")).noneSatisfy(font -> assertThat(font).contains("CJKsc"));
        assertThat(PdfReading.fonts(letter(Samples.settings(), letter("ko", "金敏俊", null))).keySet())
                .anySatisfy(font -> assertThat(font).contains("NotoSansCJKkr"));
        assertThat(PdfReading.fonts(letter(Samples.settings(), letter("en", "王小明", null))).keySet())
                .anySatisfy(font -> assertThat(font).contains("NotoSansCJKsc"));
    }

    private static LetterContent letter(String language, String name, String latinName) {
        return new LetterContent("RP-4H8W2N6C", language, name, "US Talk & Text Renewal", "30 days", new Voucher("8273645519283746"),
                LocalDate.of(2026, 3, 5), latinName);
    }

    private static byte[] letter(PrintSettings settings, LetterContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActivationLetters(settings).write(content, out);
        return out.toByteArray();
    }
}
