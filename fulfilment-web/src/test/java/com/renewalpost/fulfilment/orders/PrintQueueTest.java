package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PrintQueueTest {

    @Test
    void latestPostingDateIsExpiryMinusTransitMinusMargin() {
        assertThat(PrintQueue.latestPostingDate(LocalDate.of(2026, 12, 20), 14, 2)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void anOrderThatCannotArriveInTimeIsAtRisk() {
        var queue = new PrintQueue();
        queue.marginDays = 2;
        var order = TestOrders.orderIn(OrderStatus.QUEUED); // plan expires 2027-01-01
        var today = LocalDate.of(2026, 12, 10);

        assertThat(queue.entry(order, 14, today).atRisk()).isFalse();   // latest 2026-12-16
        assertThat(queue.entry(order, 20, today).atRisk()).isFalse();   // latest 2026-12-10: today still works
        assertThat(queue.entry(order, 21, today).atRisk()).isTrue();    // latest 2026-12-09: too late
        assertThat(queue.entry(order, 21, today).latestPostingDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    }
}
