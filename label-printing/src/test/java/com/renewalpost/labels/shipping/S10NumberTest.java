package com.renewalpost.labels.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class S10NumberTest {

    @Test
    void checkDigitFollowsUpuS10() {
        assertThat(S10Number.checkDigit("47312482")).isEqualTo(9);
        assertThat(S10Number.checkDigit("12345678")).isEqualTo(5);
        assertThat(S10Number.requireValid("rb 123 456 785 us")).isEqualTo("RB123456785US");
        assertThat(S10Number.humanReadable("RB123456785US")).isEqualTo("RB 123 456 785 US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RB123456784US", "RB12345678US", "R1123456785US", "RB123456785U", ""})
    void wrongNumbersAreRefused(String number) {
        assertThatThrownBy(() -> S10Number.requireValid(number)).isInstanceOf(IllegalArgumentException.class);
    }
}
