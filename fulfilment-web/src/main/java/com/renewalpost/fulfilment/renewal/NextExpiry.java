package com.renewalpost.fulfilment.renewal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a line's plan next runs out: the expiry the customer gave on the order that renewed it last, extended by
 * the plan period of the card that order carries (a renewal adds its period to the plan in force). Unknown when the
 * customer gave no expiry: a guess would time reminders wrongly.
 */
public final class NextExpiry {

    private NextExpiry() {
    }

    public static Optional<LocalDate> of(Optional<LocalDate> givenExpiry, int planDays) {
        if (planDays < 1) {
            return Optional.empty();
        }
        return givenExpiry.map(expiry -> expiry.plusDays(planDays));
    }
}
