package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A standing order's periods, payments per period and end. */
class StandingOrderTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2027, 1, 4, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eachPeriodCarriesItsShareOfThePrepaidAmountAndTheLastEndsIt() {
        var standing = new StandingOrder("8901260000000000001", 3, PaymentMethod.CHEQUE, "100234",
                new Money(new BigDecimal("100.00"), "USD"), "support", AT);
        assertThat(standing.nextReference()).isEqualTo("SO-8901260000000000001-1");
        assertThat(standing.nextPeriodPayment().amount()).isEqualByComparingTo("33.33");
        standing.ordered(LocalDate.of(2027, 2, 1), AT);
        standing.ordered(LocalDate.of(2027, 3, 3), AT);
        assertThat(standing.nextReference()).isEqualTo("SO-8901260000000000001-3");
        assertThat(standing.nextPeriodPayment().amount()).as("the rest").isEqualByComparingTo("33.34");
        assertThat(standing.open()).isTrue();
        standing.ordered(LocalDate.of(2027, 4, 2), AT);
        assertThat(standing.status()).isEqualTo(StandingOrder.Status.ENDED);
        assertThat(standing.open()).isFalse();
    }

    @Test
    void untilCancelledEachPeriodCarriesTheAmountOnFileAndNeverRunsOut() {
        var standing = new StandingOrder("+12025550123", null, PaymentMethod.CARD, "mandate-7",
                new Money(new BigDecimal("25.00"), "USD"), "support", AT);
        for (int i = 0; i < 40; i++) {
            assertThat(standing.nextPeriodPayment().amount()).isEqualByComparingTo("25.00");
            standing.ordered(LocalDate.of(2027, 1, 1).plusDays(30L * i), AT);
        }
        assertThat(standing.status()).isEqualTo(StandingOrder.Status.ACTIVE);
        standing.pause(AT);
        assertThat(standing.status()).isEqualTo(StandingOrder.Status.PAUSED);
        standing.resume(AT);
        standing.cancel(AT);
        assertThat(standing.status()).isEqualTo(StandingOrder.Status.CANCELLED);
        assertThatThrownBy(() -> standing.pause(AT)).isInstanceOf(IllegalStateException.class);
    }
}
