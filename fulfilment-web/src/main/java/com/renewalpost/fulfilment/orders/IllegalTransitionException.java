package com.renewalpost.fulfilment.orders;

/** An attempt to move an order along a path its life does not have. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String orderNumber, OrderStatus from, OrderStatus to) {
        super("Order " + orderNumber + " is " + from + " and cannot become " + to
                + (from.isFinal() ? " (" + from + " is final)" : " (allowed next: " + from.next() + ")"));
    }
}
