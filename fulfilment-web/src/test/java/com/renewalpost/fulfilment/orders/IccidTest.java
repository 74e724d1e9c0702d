package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IccidTest {

    @ParameterizedTest
    @ValueSource(strings = {"89014103211118510720", "8944500102198304826", "8901260326078069551"})
    void acceptsRealShapedIccidsWithTheirLuhnDigit(String iccid) {
        assertThat(Iccid.problem(iccid)).isEmpty();
    }

    @Test
    void refusesAWrongCheckDigitAndSaysWhy() {
        assertThat(Iccid.problem("89014103211118510721")).get().asString().contains("check digit");
    }

    @Test
    void refusesEveryWrongSingleDigit() {
        var valid = "89014103211118510720";
        for (int pos = 0; pos < valid.length(); pos++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(pos)) {
                    continue;
                }
                var typo = valid.substring(0, pos) + d + valid.substring(pos + 1);
                assertThat(Iccid.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void refusesWrongLengthsPrefixesAndLetters() {
        assertThat(Iccid.problem("890141032111185107")).get().asString().contains("19 or 20");
        assertThat(Iccid.problem("1234567890123456782")).get().asString().contains("start with 89");
        assertThat(Iccid.problem("8901410321111851072A")).get().asString().contains("digits only");
        assertThat(Iccid.problem(null)).get().asString().contains("missing");
    }

    @Test
    void computesTheCheckDigit() {
        assertThat(Iccid.luhnCheckDigit("8901410321111851072")).isEqualTo('0');
    }
}
