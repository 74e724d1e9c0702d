package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.orders.Order;

import java.time.OffsetDateTime;

/**
 * Fired by {@link CodeStock#allocateFor} inside its transaction, with the order still locked,
 * right after the order got its code: observers can write what follows from it (an email to an
 * order already at risk) atomically with the allocation.
 */
public record CodeAllocated(Order order, String actor, OffsetDateTime at) {
}
