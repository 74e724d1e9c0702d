package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

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
        order.transition(target, actor, reason, Clocks.now(clock));
        return order;
    }
}
