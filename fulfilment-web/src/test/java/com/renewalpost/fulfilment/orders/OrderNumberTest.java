package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderNumberTest {

    @RepeatedTest(20)
    void everySingleSymbolMistakeIsCaught() {
        var number = OrderNumber.next().value();
        for (int pos = 3; pos < number.length(); pos++) {
            for (char c : OrderNumber.ALPHABET.toCharArray()) {
                if (c == number.charAt(pos)) {
                    continue;
                }
                var typo = number.substring(0, pos) + c + number.substring(pos + 1);
                assertThat(OrderNumber.isValid(typo)).as(typo + " from " + number).isFalse();
            }
        }
    }

    @RepeatedTest(20)
    void everySwapOfTwoDifferentSymbolsIsCaught() {
        var number = OrderNumber.next().value();
        for (int i = 3; i < number.length(); i++) {
            for (int j = i + 1; j < number.length(); j++) {
                if (number.charAt(i) == number.charAt(j)) {
                    continue;
                }
                var s = number.toCharArray();
                s[i] = number.charAt(j);
                s[j] = number.charAt(i);
                assertThat(OrderNumber.isValid(new String(s))).as(new String(s) + " from " + number).isFalse();
            }
        }
    }

    @Test
    void theSwapThatLuhnModNMissesIsCaught() {
        var body = "0Y000000";
        var number = "RP-" + body + OrderNumber.checkSymbol(body);
        assertThat(OrderNumber.isValid("RP-Y0000000" + number.charAt(11))).isFalse();
    }

    @Test
    void parsesWhatPeopleTypeAndRefusesTheRest() {
        var number = OrderNumber.next();
        var typed = number.value().toLowerCase().replace("-", " ");
        assertThat(OrderNumber.parse(typed)).contains(number);
        assertThat(OrderNumber.parse(number.value().substring(3))).isEmpty();
        assertThat(OrderNumber.parse("RP-IIIIIIIII")).isEmpty();
        assertThat(OrderNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new OrderNumber("RP-000000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knownCheckSymbol() {
        // "00000001": sum = 8 * 1 = 8; 8 + 9c = 0 (mod 31) gives c = 6
        assertThat(OrderNumber.checkSymbol("00000001")).isEqualTo('6');
        assertThat(OrderNumber.isValid("RP-000000016")).isTrue();
    }

    @Test
    void numbersAreRandomEnoughNotToRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(OrderNumber.next().value())).isTrue();
        }
    }
}
