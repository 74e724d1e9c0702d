package com.renewalpost.fulfilment.orders;

/**
 * A CDI event: an order was taken in, moved along its life or changed, in the transaction that did it (observers
 * run in that transaction and see the order as changed). Components that keep something derived from orders (the
 * renewal lines) observe it, so that orders need not know them.
 */
public record OrderChanged(OrderNumber number) {
}
