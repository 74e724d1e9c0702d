package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.orders.Order;

import java.time.OffsetDateTime;

/**
 * Fired by {@link Dispatches#close} inside its transaction for every letter it posts, with the order locked: observers
 * write what follows from posting (the eSIM's confirmation code by email) atomically with it.
 */
public record LetterPosted(Order order, String actor, OffsetDateTime at) {
}
