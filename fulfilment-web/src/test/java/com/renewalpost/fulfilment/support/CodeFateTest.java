package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.orders.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What cancelling does with the order's code: back to stock only when nobody outside has seen it. */
class CodeFateTest {

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "QUEUED", "ON_HOLD"})
    void aCodeNeverPrintedNorSeenGoesBackToStock(OrderStatus from) {
        assertThat(CodeFate.onCancel(true, from, false)).isEqualTo(CodeFate.RETURNED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "QUEUED", "ON_HOLD"})
    void aCodeEmailedShownOrMovedBeforePrintingIsVoided(OrderStatus from) {
        assertThat(CodeFate.onCancel(true, from, true)).isEqualTo(CodeFate.VOIDED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"PRINTED", "PACKED"})
    void aPrintedCodeIsVoidedWhateverElse(OrderStatus from) {
        assertThat(CodeFate.onCancel(true, from, false)).isEqualTo(CodeFate.VOIDED);
        assertThat(CodeFate.onCancel(true, from, true)).isEqualTo(CodeFate.VOIDED);
    }

    @Test
    void anOrderWithoutCodeHasNothingToReturnOrVoid() {
        for (var from : OrderStatus.values()) {
            assertThat(CodeFate.onCancel(false, from, true)).isEqualTo(CodeFate.NONE);
        }
    }
}
