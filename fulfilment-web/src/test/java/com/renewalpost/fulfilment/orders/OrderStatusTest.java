package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.renewalpost.fulfilment.orders.OrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStatusTest {

    /** The order's life of the product design (docs/architecture.md), written out apart from the enum. */
    static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(
            RECEIVED, EnumSet.of(QUEUED, ON_HOLD, CANCELLED),
            QUEUED, EnumSet.of(PRINTED, ON_HOLD, CANCELLED),
            ON_HOLD, EnumSet.of(QUEUED, CANCELLED),
            PRINTED, EnumSet.of(PACKED, CANCELLED),
            PACKED, EnumSet.of(POSTED, CANCELLED),
            POSTED, EnumSet.of(DELIVERED, RETURNED, LOST),
            LOST, EnumSet.of(DELIVERED, RETURNED),
            DELIVERED, EnumSet.noneOf(OrderStatus.class),
            RETURNED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> illegalTransitions() {
        return Arrays.stream(values()).flatMap(from -> Arrays.stream(values())
                .filter(to -> !LEGAL.get(from).contains(to))
                .map(to -> Arguments.of(from, to)));
    }

    static Stream<Arguments> legalTransitions() {
        return LEGAL.entrySet().stream().flatMap(e -> e.getValue().stream().map(to -> Arguments.of(e.getKey(), to)));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("illegalTransitions")
    void everyIllegalTransitionIsRefusedAndLeavesTheOrderAsItWas(OrderStatus from, OrderStatus to) {
        var order = TestOrders.orderIn(from);
        int entries = order.timeline().size();

        assertThatThrownBy(() -> order.transition(to, "tester", "trying", TestOrders.NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(Message.nameOf(from).toString()).hasMessageContaining(Message.nameOf(to).toString());
        assertThat(order.status()).isEqualTo(from);
        assertThat(order.timeline()).hasSize(entries);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed and recorded")
    @MethodSource("legalTransitions")
    void everyLegalTransitionIsRecordedWithWhoWhenAndWhy(OrderStatus from, OrderStatus to) {
        var order = TestOrders.orderIn(from);

        if (to == POSTED) {
            // a letter goes to the post with its posting day and its standard (OrderPostingTest)
            order.post(TestOrders.NOW.toLocalDate(), 9, "alice", new com.renewalpost.fulfilment.platform.Verbatim("because"),
                    TestOrders.NOW.plusHours(1));
        } else {
            order.transition(to, "alice", "because", TestOrders.NOW.plusHours(1));
        }

        assertThat(order.status()).isEqualTo(to);
        var last = order.timeline().get(order.timeline().size() - 1);
        assertThat(last.kind()).isEqualTo(TimelineEntry.Kind.TRANSITION);
        assertThat(last.fromStatus()).isEqualTo(from);
        assertThat(last.toStatus()).isEqualTo(to);
        assertThat(last.actor()).isEqualTo("alice");
        assertThat(last.reason()).isEqualTo("because");
        assertThat(last.occurredAt()).isEqualTo(TestOrders.NOW.plusHours(1));
    }

    @Test
    void theEnumAgreesWithTheDiagram() {
        for (var status : values()) {
            assertThat(status.next()).as(status.name()).isEqualTo(LEGAL.get(status));
        }
    }

    @Test
    void aHoldKeepsItsReasonUntilReleased() {
        var order = TestOrders.orderIn(QUEUED);
        order.transition(ON_HOLD, "system", "No activation codes in stock for VCH-30", TestOrders.NOW);
        assertThat(order.holdReason()).contains("No activation codes in stock for VCH-30");

        order.transition(QUEUED, "bob", "Codes imported", TestOrders.NOW);
        assertThat(order.holdReason()).isEmpty();
    }
}
