package com.renewalpost.fulfilment.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Moves one order to a new status in its own transaction, through {@link Order#transition}. */
@ApplicationScoped
public class OrderLifecycle {

    @Inject
    Orders orders;
    @Inject
    Clock clock;

    @Transactional
    public Order move(OrderNumber number, OrderStatus target, String actor, String reason) {
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        order.transition(target, actor, reason, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        return order;
    }
}
