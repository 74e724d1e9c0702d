package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;

/** No order has the number asked for (404 {@code unknown-order}); the one way every component says so. */
public class UnknownOrderException extends DomainException {

    private UnknownOrderException(Message detail) {
        super(Kind.NOT_FOUND, "unknown-order", detail);
    }

    /** A well-formed number that no order has, or a number as typed (said back as typed). */
    public static UnknownOrderException of(Object number) {
        return new UnknownOrderException(Message.of("order.unknown", number));
    }

    /** What was typed is not an order number at all. */
    public static UnknownOrderException notANumber(String typed) {
        return new UnknownOrderException(Message.of("order.notANumber", typed));
    }
}
