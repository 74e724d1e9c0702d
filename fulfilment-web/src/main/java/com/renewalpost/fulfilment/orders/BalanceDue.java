package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;

/**
 * A post order was paid short and is held: fired in the intake's transaction, so that the customer is
 * asked for the balance (notifications queues the email) together with the order, or not at all.
 */
public record BalanceDue(Order order, Money missing, String actor) {
}
