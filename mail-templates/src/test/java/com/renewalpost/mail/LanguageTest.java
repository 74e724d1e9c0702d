package com.renewalpost.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({
            "en, EN", "en-US, EN", "en-GB, EN", "EN, EN",
            "zh-Hans, ZH_HANS", "zh-CN, ZH_HANS", "zh-SG, ZH_HANS", "zh, ZH_HANS", "zh_CN, ZH_HANS", "zh-Hans-HK, ZH_HANS",
            "zh-Hant, ZH_HANT", "zh-TW, ZH_HANT", "zh-HK, ZH_HANT", "zh-MO, ZH_HANT", "zh_TW, ZH_HANT", "zh-Hant-CN, ZH_HANT",
            "ja, JA", "ja-JP, JA", "ja_JP, JA",
            "es, ES", "es-MX, ES", "es-419, ES", "es-AR, ES", "es_CO, ES", "es-ES, ES",
            "fr-FR, EN", "pt-BR, EN", "ko-KR, EN"
    })
    void resolvesBcp47Tags(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!not a tag!!", "x-private"})
    void unusableTagsFallBackToEnglish(String tag) {
        assertThat(Language.fromTag(tag)).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @CsvSource({"EN, en", "ZH_HANS, zh-Hans", "ZH_HANT, zh-Hant", "JA, ja", "ES, es"})
    void tagsRoundTrip(Language language, String tag) {
        assertThat(language.tag()).isEqualTo(tag);
        assertThat(Language.fromTag(language.tag())).isEqualTo(language);
    }
}
