package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A replacement letter has been posted after the first one was lost or returned.
 * Deliberately has no code component.
 *
 * @param postedOn when the replacement was posted
 * @param tracking the replacement's tracking, or null when it was sent untracked
 */
public record ReplacementSent(OrderDetails order, Reason reason, LocalDate postedOn, DeliveryWindow expectedDelivery,
                              Tracking tracking) implements CustomerEmail {

    /** Why the first letter did not reach the customer; the email explains it differently. */
    public enum Reason {
        LOST,
        RETURNED
    }

    public ReplacementSent {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(postedOn, "postedOn");
        Objects.requireNonNull(expectedDelivery, "expectedDelivery");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.REPLACEMENT_SENT;
    }
}
