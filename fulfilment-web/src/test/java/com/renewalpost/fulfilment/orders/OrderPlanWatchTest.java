package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's expiry the at-risk check watches: from the order's arrival until its code email or its end. */
class OrderPlanWatchTest {

    private static final LocalDate PLAN_EXPIRES_ON = LocalDate.of(2027, 1, 1);

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"RECEIVED", "QUEUED", "ON_HOLD", "PRINTED", "PACKED", "POSTED",
            "RETURNED", "LOST"})
    void anOrderIsWatchedUntilItsCodeEmailOrItsEnd(OrderStatus status) {
        var order = TestOrders.orderIn(status);

        assertThat(order.planExpiryWatched()).contains(PLAN_EXPIRES_ON);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"DELIVERED", "CANCELLED"})
    void aDeliveredOrCancelledOrderNeedsNoCodeEmail(OrderStatus finished) {
        var order = TestOrders.orderIn(finished);

        assertThat(order.planExpiryWatched()).isEmpty();
        assertThat(order.planExpiresOn()).as("the plan's expiry itself stays").contains(PLAN_EXPIRES_ON);
    }

    @Test
    void theAutomaticCodeEmailEndsTheWatch() {
        var order = TestOrders.orderIn(OrderStatus.PRINTED);

        order.automaticCodeEmailQueued();

        assertThat(order.planExpiryWatched()).isEmpty();
        // and it stays ended as the letter goes on
        order.transition(OrderStatus.PACKED, "warehouse", "packed", TestOrders.NOW);
        assertThat(order.planExpiryWatched()).isEmpty();
    }
}
