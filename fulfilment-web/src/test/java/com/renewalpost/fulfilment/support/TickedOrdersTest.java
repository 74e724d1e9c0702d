package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk work takes each ticked order once, in the order ticked, and a bounded number of them. */
class TickedOrdersTest {

    @Test
    void eachOrderOnceInTheOrderTicked() {
        assertThat(TickedOrders.checked(List.of("RP-B", "RP-A", "RP-B"))).containsExactly("RP-B", "RP-A");
    }

    @Test
    void noneTickedIsRefused() {
        assertThatThrownBy(() -> TickedOrders.checked(List.of())).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).type()).isEqualTo("nothing-ticked"));
        assertThatThrownBy(() -> TickedOrders.checked(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void atMostAPageOfTheListAtATime() {
        var most = new ArrayList<>(IntStream.range(0, TickedOrders.MOST).mapToObj(i -> "RP-" + i).toList());
        assertThat(TickedOrders.checked(most)).hasSize(TickedOrders.MOST);
        most.add("RP-one-more");
        assertThatThrownBy(() -> TickedOrders.checked(most)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).type()).isEqualTo("too-many-ticked"));
    }

    @Test
    void aReasonIsRequiredAndKeptToItsColumn() {
        assertThatThrownBy(() -> OrderActions.reason("  ")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OrderActions.reason(null)).isInstanceOf(DomainException.class);
        assertThat(OrderActions.reason("  cheque bounced ")).isEqualTo("cheque bounced");
        assertThat(OrderActions.reason("x".repeat(900))).hasSize(OrderActions.REASON_LENGTH);
    }
}
