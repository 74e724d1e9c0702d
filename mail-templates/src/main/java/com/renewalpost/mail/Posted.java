package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The letter has been handed to the post. Deliberately has no code component.
 *
 * @param tracking the letter's tracking, or null when it was sent untracked
 */
public record Posted(OrderDetails order, LocalDate postedOn, DeliveryWindow expectedDelivery, Tracking tracking) implements CustomerEmail {

    public Posted {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(postedOn, "postedOn");
        Objects.requireNonNull(expectedDelivery, "expectedDelivery");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.POSTED;
    }
}
