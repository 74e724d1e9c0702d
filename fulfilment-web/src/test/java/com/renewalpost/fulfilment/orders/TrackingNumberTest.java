package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingNumberTest {

    @Test
    void checkDigitFollowsTheUpuExample() {
        // 4*8 + 7*6 + 3*4 + 1*2 + 2*3 + 4*5 + 8*9 + 2*7 = 200; 200 mod 11 = 2; 11 - 2 = 9
        assertThat(TrackingNumber.checkDigit("47312482")).isEqualTo(9);
        assertThat(TrackingNumber.of("RB", 47312482, "US").value()).isEqualTo("RB473124829US");
    }

    @Test
    void tenBecomesZeroAndElevenBecomesFive() {
        // 6*2 = 12, 12 mod 11 = 1, 11 - 1 = 10 -> 0
        assertThat(TrackingNumber.checkDigit("00060000")).isZero();
        // sum 0, 11 - 0 = 11 -> 5
        assertThat(TrackingNumber.checkDigit("00000000")).isEqualTo(5);
        assertThat(TrackingNumber.of("LA", 0, "US").value()).isEqualTo("LA000000005US");
    }

    @Test
    void validNumbersParseAndWrongCheckDigitsDoNot() {
        assertThat(TrackingNumber.parse("RB123456785GB")).get().extracting(TrackingNumber::value)
                .isEqualTo("RB123456785GB");
        assertThat(TrackingNumber.parse("RB123456786US")).isEmpty();
        assertThat(TrackingNumber.hasS10Shape("RB123456786US")).isTrue();
        assertThatThrownBy(() -> new TrackingNumber("RB123456786US")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scannerAndKeyboardSpellingsAreAccepted() {
        assertThat(TrackingNumber.parse(" rb 123 456 785 gb ")).get().extracting(TrackingNumber::value)
                .isEqualTo("RB123456785GB");
        assertThat(TrackingNumber.parse("RB12345678GB")).isEmpty();
        assertThat(TrackingNumber.parse("RP-7K3M9Q2XH")).isEmpty();
        assertThat(TrackingNumber.parse(null)).isEmpty();
    }

    @Test
    void partsAreReadBack() {
        var number = new TrackingNumber("LA473124829US");
        assertThat(number.serviceIndicator()).isEqualTo("LA");
        assertThat(number.serial()).isEqualTo(47312482);
        assertThat(number.country()).isEqualTo("US");
    }
}
