package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Listing;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;

/** An attempt to move an order along a path its life does not have (409 {@code illegal-transition}). */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(String orderNumber, OrderStatus from, OrderStatus to) {
        this(from.isFinal() ? Message.of("order.transition.final", orderNumber, from, to)
                : Message.of("order.transition.notNext", orderNumber, from, to,
                        Listing.of(from.next().stream().sorted().toList())));
    }

    private IllegalTransitionException(Message text) {
        super(Kind.CONFLICT, "illegal-transition", text);
    }

    /** Why, for the person who tried. */
    public Text text() {
        return detail();
    }
}
