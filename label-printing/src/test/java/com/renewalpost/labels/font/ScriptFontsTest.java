package com.renewalpost.labels.font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptFontsTest {

    private final ScriptFonts fonts = ScriptFonts.of(FontPaths.defaults());

    @Test
    void namesInLivingScriptsArePrintableWithDebiansFonts() {
        for (String name : List.of("Nguyễn Thị Ánh Tuyết", "Adébáyọ̀", "محمد عبد الله", "דוד כהן", "प्रियंका", "ශ්‍රියානි", "សុខ ស្រីមុំ",
                "ნინო", "Արամ", "አበበ", "高橋 直子", "김민준", "ᏣᎳᎩ", "ꆈꌠꁱꂷ", "ᠮᠣᠩᠭᠣᠯ")) {
            assertThat(fonts.unprintable(name, TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE)).as(name).isEmpty();
        }
    }

    @Test
    void charactersNoFontDrawsAreNamedByTheirScript() {
        String nandinagari = new String(Character.toChars(0x119A0)) + new String(Character.toChars(0x119A1));
        assertThat(fonts.unprintable("Anna " + nandinagari, TextStyle.REGULAR, CjkFace.JAPANESE))
                .containsExactly(UnicodeScript.NANDINAGARI);
        assertThat(fonts.unprintable("Anna \uD83C\uDF38", TextStyle.REGULAR, CjkFace.JAPANESE)).containsExactly(UnicodeScript.COMMON);
        assertThat(fonts.printablePart("Anna \uD83C\uDF38 Lee", TextStyle.REGULAR, CjkFace.JAPANESE)).isEqualTo("Anna Lee");
    }

    @Test
    void withoutTheScriptFontsOnlyLatinGreekCyrillicAndCjkPrint(@TempDir Path empty) {
        ScriptFonts bare = ScriptFonts.of(FontPaths.defaults().withScripts(empty));
        assertThat(bare.unprintable("प्रियंका Anna", TextStyle.REGULAR, CjkFace.JAPANESE)).containsExactly(UnicodeScript.DEVANAGARI);
        assertThat(bare.printable("Γιώργος Анна 高橋", CjkFace.JAPANESE)).isTrue();
    }

    @Test
    void arabicIsJoinedAndLaidOutRightToLeft() {
        ShapedText name = fonts.shape("محمد", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE);
        ShapedText meem = fonts.shape("م", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE);
        assertThat(name.glyphs()).hasSize(4).allSatisfy(g -> assertThat(g.face().file().getFileName()).hasToString("NotoNaskhArabic-Regular.ttf"));
        // the first letter written is the rightmost drawn, in its initial (joining) form, not the isolated one
        ShapedText.PlacedGlyph rightmost = name.glyphs().get(3);
        assertThat(rightmost.x()).isGreaterThan(name.glyphs().get(0).x());
        assertThat(rightmost.glyphId()).isNotEqualTo(meem.glyphs().get(0).glyphId());
        assertThat(name.text()).isEqualTo("محمد");
    }

    @Test
    void devanagariConjunctsAreOneGlyph() {
        // क + ् + ष: the conjunct kṣa is a glyph of its own, not a ka with a visible virama and a ṣa
        assertThat(fonts.shape("क्ष", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE).glyphs()).hasSize(1);
        // ि is written after its consonant and drawn before it (to its left)
        ShapedText ki = fonts.shape("कि", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE);
        int ka = fonts.shape("क", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE).glyphs().get(0).glyphId();
        assertThat(ki.glyphs()).hasSize(2);
        assertThat(ki.glyphs().get(1).glyphId()).isEqualTo(ka);
        assertThat(ki.glyphs().get(0).x()).isLessThan(ki.glyphs().get(1).x());
    }

    @Test
    void mixedDirectionsKeepTheirOwnOrderInALeftToRightName() {
        ShapedText mixed = fonts.shape("Ali محمد", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE);
        assertThat(mixed.glyphs().get(0).face().file().getFileName()).hasToString("DejaVuSans.ttf");
        assertThat(mixed.glyphs().get(mixed.glyphs().size() - 1).face().file().getFileName()).hasToString("NotoNaskhArabic-Regular.ttf");
        ShapedText rtl = fonts.shape("محمد Ali", TextStyle.REGULAR, CjkFace.SIMPLIFIED_CHINESE);
        // a name that starts in Arabic runs right to left: its first word is on the right, the Latin word on the left
        assertThat(rtl.glyphs().get(0).face().file().getFileName()).hasToString("DejaVuSans.ttf");
    }

    @Test
    void textWithoutAFontIsNotShaped() {
        assertThatThrownBy(() -> fonts.shape("\uD83C\uDF38", TextStyle.REGULAR, CjkFace.JAPANESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No font");
    }

    @ParameterizedTest
    @CsvSource({"ja, 高橋, JAPANESE", "ja-JP, 王, JAPANESE", "ko, 金, KOREAN", "zh-Hant, 陳, TRADITIONAL_CHINESE",
            "zh-TW, 陳, TRADITIONAL_CHINESE", "zh-HK, 陳, TRADITIONAL_CHINESE", "zh-Hans, 王, SIMPLIFIED_CHINESE",
            "zh, 王, SIMPLIFIED_CHINESE", "en, 王, SIMPLIFIED_CHINESE", "en, やまだ, JAPANESE", "'', 김, KOREAN",
            "zh-Hans, やまだ, SIMPLIFIED_CHINESE"})
    void hanFaceFollowsTheCustomersLanguageThenTheName(String language, String name, CjkFace expected) {
        assertThat(CjkFace.forLanguage(language, name)).isEqualTo(expected);
    }
}
