package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Verbatim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The posting day and the end of the letter's delivery standard, which the delay check reads. */
class OrderPostingTest {

    private static final LocalDate POSTED_ON = LocalDate.of(2026, 11, 20);

    @Test
    void postingKeepsThePostingDayAndTheLastDayOfTheStandard() {
        var order = TestOrders.orderIn(OrderStatus.PACKED);

        order.post(POSTED_ON, 9, "warehouse", new Verbatim("Handed to the post"), TestOrders.NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.POSTED);
        assertThat(order.postedOn()).contains(POSTED_ON);
        assertThat(order.standardEndsOn()).contains(LocalDate.of(2026, 11, 29));
        assertThat(order.milestones().orElseThrow()).extracting(Milestones.Milestone::status).contains(OrderStatus.POSTED);
    }

    @Test
    void noOrderBecomesPostedWithoutItsPostingDay() {
        var order = TestOrders.orderIn(OrderStatus.PACKED);

        assertThatThrownBy(() -> order.transition(OrderStatus.POSTED, "support", "posted", TestOrders.NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PACKED);
        assertThat(order.postedOn()).isEmpty();
        // an illegal move is refused as every illegal move is
        assertThatThrownBy(() -> TestOrders.orderIn(OrderStatus.QUEUED).post(POSTED_ON, 9, "warehouse",
                new Verbatim("posted"), TestOrders.NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"DELIVERED", "RETURNED", "LOST"})
    void aLetterThatLeftThePostIsNoLongerWaitedFor(OrderStatus settled) {
        var order = TestOrders.orderIn(settled);

        assertThat(order.postedOn()).as("still the day it was posted").isPresent();
        assertThat(order.standardEndsOn()).isEmpty();
    }

    @Test
    void theAutomaticCodeEmailTakesTheLetterOutOfTheDelayCheck() {
        var order = TestOrders.orderIn(OrderStatus.POSTED);
        assertThat(order.standardEndsOn()).isPresent();

        order.automaticCodeEmailQueued();

        assertThat(order.standardEndsOn()).isEmpty();
        assertThat(order.postedOn()).isPresent();
    }
}
