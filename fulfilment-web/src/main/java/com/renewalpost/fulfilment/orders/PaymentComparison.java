package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What arrived with a post order against the product's price in the same currency (no exchange
 * rates). {@code difference} is what is missing for {@link Outcome#SHORT}, what was paid over the
 * price for {@link Outcome#OVER}, zero for {@link Outcome#EXACT}.
 */
public record PaymentComparison(Outcome outcome, Money price, Money received, Money difference) {

    public enum Outcome { EXACT, SHORT, OVER }

    public PaymentComparison {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(difference, "difference");
    }

    public static PaymentComparison of(Money price, Money received) {
        if (!price.currency().equals(received.currency())) {
            throw new IllegalArgumentException("a payment in " + received.currency() + " cannot be compared with a price in "
                    + price.currency() + ": there are no exchange rates");
        }
        int sign = received.amount().compareTo(price.amount());
        var outcome = sign == 0 ? Outcome.EXACT : sign < 0 ? Outcome.SHORT : Outcome.OVER;
        BigDecimal difference = received.amount().subtract(price.amount()).abs();
        return new PaymentComparison(outcome, price, received, new Money(difference, price.currency()));
    }
}
