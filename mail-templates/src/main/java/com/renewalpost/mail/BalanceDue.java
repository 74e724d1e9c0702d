package com.renewalpost.mail;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A post order was paid short: the customer is asked to send the balance. No code here; the card is
 * posted once the balance has arrived.
 *
 * @param due   what is still missing
 * @param paid  what arrived
 * @param price the product's price in that currency
 */
public record BalanceDue(OrderDetails order, BigDecimal due, BigDecimal paid, BigDecimal price, Currency currency)
        implements CustomerEmail {

    public BalanceDue {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(currency, "currency");
        if (due == null || due.signum() <= 0) {
            throw new IllegalArgumentException("a balance due is a positive amount");
        }
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(price, "price");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.BALANCE_DUE;
    }
}
