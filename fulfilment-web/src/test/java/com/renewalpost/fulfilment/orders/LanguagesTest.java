package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource({"en,en", "zh-Hans,zh-Hans", "zh-Hant,zh-Hant", "zh-CN,zh-Hans", "zh,zh-Hans", "zh-TW,zh-Hant",
            "zh-HK,zh-Hant", "zh_TW,zh-Hant", "zh-Hant-HK,zh-Hant", "ja,ja", "'',en"})
    void normalisesToTheTagsLettersAreWrittenIn(String given, String expected) {
        assertThat(Languages.normalise(given)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"'english please'", "12345"})
    void refusesWhatIsNotATag(String given) {
        assertThat(Languages.normalise(given)).isEmpty();
    }
}
