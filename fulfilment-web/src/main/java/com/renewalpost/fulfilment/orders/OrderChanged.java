package com.renewalpost.fulfilment.orders;

/**
 * A CDI event: an order was taken in, moved along its life or changed, in the transaction that did it (observers
 * run in that transaction and see the order as changed). Components that keep something derived from orders (the
 * renewal lines) observe it, so that orders need not know them. It names the line the order renews, so that an
 * observer keeping lines up to date need not read the order again (a query, and a flush, per order taken in).
 */
public record OrderChanged(OrderNumber number, RenewedLine line) {
}
