package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.Order;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a renewal reminder says beyond its order, given at each attempt by the package that decides reminders
 * (renewal, which knows lines, their timetable and the unsubscribe link): this package queues and sends them and
 * must not depend on it.
 */
public interface ReminderFacts {

    /**
     * @param line        the whole line (ICCID or number): only its last four digits go into the email
     * @param orderOnline where to order online, or null
     */
    record Facts(String line, LocalDate nextExpiry, LocalDate latestDay, boolean lastCall, URI orderOnline,
                 URI unsubscribe) {
    }

    /** The facts of the reminder queued for this order with this note, or empty when it is no longer due. */
    Optional<Facts> of(Order order, String note);
}
