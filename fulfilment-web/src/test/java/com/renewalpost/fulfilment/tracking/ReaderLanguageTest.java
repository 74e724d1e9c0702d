package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderLanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7 | ja",
            "zh-CN,zh;q=0.9 | zh-Hans",
            "zh-TW,zh;q=0.9,en-US;q=0.8 | zh-Hant",
            "zh-HK | zh-Hant",
            "zh-MO;q=0.8 | zh-Hant",
            "zh-Hant-HK | zh-Hant",
            "zh-Hans-HK | zh-Hans",
            "zh-SG | zh-Hans",
            "zh | zh-Hans",
            "es-419,es;q=0.9 | es",
            "es-MX | es",
            "en-GB,en;q=0.9 | en",
            // the reader's order, not the header's: the best weight wins, and equal weights keep their order
            "en;q=0.5, ja;q=0.8 | ja",
            "fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7 | es",
            "de, zh-TW;q=0.7, ja;q=0.7 | zh-Hant",
            // q=0: not this one
            "ja;q=0, es | es",
            // none of ours, anything, nothing, rubbish: English
            "fr-FR,de;q=0.9 | en",
            "* | en",
            "'' | en",
            "ja;q=banana | en",
            // one malformed entry does not cost the reader the others
            "%%%, es-ES;q=0.5 | es",
    })
    void acceptLanguageGivesTheReadersBestLanguageOfOurs(String header, String expected) {
        assertThat(ReaderLanguage.negotiate(null, header).tag()).isEqualTo(expected);
    }

    @Test
    void theReadersChoiceOnThePageComesBeforeTheirBrowsersLanguages() {
        assertThat(ReaderLanguage.negotiate("zh-Hant", "ja-JP,en;q=0.5")).isEqualTo(ReaderLanguage.ZH_HANT);
        assertThat(ReaderLanguage.negotiate("es", "zh-CN")).isEqualTo(ReaderLanguage.ES);
        assertThat(ReaderLanguage.negotiate("zh-TW", null)).isEqualTo(ReaderLanguage.ZH_HANT);
        assertThat(ReaderLanguage.negotiate("en", "ja")).isEqualTo(ReaderLanguage.EN);
        // a choice we do not write in is no choice
        assertThat(ReaderLanguage.negotiate("ko", "ja")).isEqualTo(ReaderLanguage.JA);
        assertThat(ReaderLanguage.negotiate("", "es")).isEqualTo(ReaderLanguage.ES);
        assertThat(ReaderLanguage.negotiate("x".repeat(3000), "es")).isEqualTo(ReaderLanguage.ES);
    }

    @Test
    void aHugeHeaderIsReadOnlyAtItsStartAndNeverFails() {
        assertThat(ReaderLanguage.negotiate(null, "es," + "fr;q=0.1,".repeat(20_000))).isEqualTo(ReaderLanguage.ES);
        assertThat(ReaderLanguage.negotiate(null, "x".repeat(100_000))).isEqualTo(ReaderLanguage.EN);
        assertThat(ReaderLanguage.negotiate(null, "\u0000\u202e;;;,,,q=")).isEqualTo(ReaderLanguage.EN);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(ReaderLanguage.values()).extracting(ReaderLanguage::ownName)
                .containsExactly("English", "简体中文", "繁體中文", "日本語", "Español");
    }
}
