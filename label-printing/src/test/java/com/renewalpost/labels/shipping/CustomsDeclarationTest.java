package com.renewalpost.labels.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomsDeclarationTest {

    private static CustomsDeclaration withHs(String hs) {
        return new CustomsDeclaration(CustomsCategory.GIFT, "Card", 1, 15, new BigDecimal("3.5"), "usd", hs, "us",
                LocalDate.of(2026, 1, 2), "Dana");
    }

    @Test
    void printsTheFormsUnits() {
        CustomsDeclaration d = withHs("4911.99");
        assertThat(d.hsCode()).isEqualTo("491199");
        assertThat(d.hsCodeText()).isEqualTo("4911.99");
        assertThat(d.netWeightKg()).isEqualTo("0.015");
        assertThat(d.valueText()).isEqualTo("3.50 USD");
        assertThat(d.originCountry()).isEqualTo("US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4911", "49119911", "4911.9A", " "})
    void hsCodeMustHaveSixDigits(String hs) {
        assertThatThrownBy(() -> withHs(hs)).isInstanceOf(IllegalArgumentException.class);
    }
}
