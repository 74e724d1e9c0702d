package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.RenewedLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A line's key tells which column its orders are found by: the upkeep looks in that one only. */
class LineKeyTest {

    @Test
    void anIccidLineIsKeyedByItsDigitsAndAPhoneLineByItsE164Number() {
        var iccid = Line.keyOf(RenewedLine.iccid("89014103211118510720"));
        var phone = Line.keyOf(RenewedLine.phone("+12025550143"));
        assertThat(iccid).isEqualTo("89014103211118510720");
        assertThat(Line.isPhoneKey(iccid)).isFalse();
        assertThat(phone).isEqualTo("+12025550143");
        assertThat(Line.isPhoneKey(phone)).isTrue();
    }
}
