package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.platform.Verbatim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Moves orders along their life through {@link Order#transition} and announces each move and change as
 * {@link OrderChanged} (intake announces new orders). The moves that change what follows from an order (hold,
 * release, cancel, a new product) go through here; the warehouse's steps (printed, packed, posted, delivered) move
 * the order directly, as nothing derived from it changes with them.
 */
@ApplicationScoped
public class OrderLifecycle {

    @Inject
    Orders orders;
    @Inject
    Clock clock;
    @Inject
    Event<OrderChanged> changed;
    @Inject
    DeliveryStandards standards;

    @Transactional
    public Order move(OrderNumber number, OrderStatus target, String actor, String reason) {
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        move(order, target, actor, reason == null ? null : new Verbatim(reason));
        return order;
    }

    /**
     * Moves an order the caller holds, in the caller's transaction (a refusal is the caller's to handle). A move to
     * POSTED without a dispatch (support, tests) posts the letter today, with its standard as it stands now.
     */
    public void move(Order order, OrderStatus target, String actor, Text reason) {
        if (target == OrderStatus.POSTED) {
            order.post(LocalDate.now(clock), standards.transitDays(order.address().countryCode(), order.postalService()),
                    actor, reason, Clocks.now(clock));
        } else {
            order.transition(target, actor, reason, Clocks.now(clock));
        }
        changed(order);
    }

    /** Announces a change other than a move (another product, another address), made in the caller's transaction. */
    public void changed(Order order) {
        changed.fire(new OrderChanged(order.number(), order.line()));
    }
}
