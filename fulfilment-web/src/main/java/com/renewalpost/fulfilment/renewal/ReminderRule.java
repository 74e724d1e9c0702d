package com.renewalpost.fulfilment.renewal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * When a line is due a renewal reminder, counted from its latest day to order ({@link RenewalTimetable}, the one
 * rule): the first reminder once that day is {@code leadDays} away or less and has not passed; a last call on the
 * day itself when nothing has come (switchable). Nothing when the line has no expiry, no email, has been
 * unsubscribed, the customer has already ordered for the period, or a standing order renews the line (it orders
 * by itself and tells the customer so).
 */
public record ReminderRule(int leadDays, boolean lastCall) {

    public enum Kind { FIRST, LAST }

    /**
     * A line as the rule sees it.
     *
     * @param latestDay    its latest day to order, or null when its next expiry is unknown
     * @param email        the customer's email, blank or null when they gave none
     * @param orderedSince the customer has ordered for this period already (see {@link #orderedSince})
     * @param sent         the reminders of this period already queued
     * @param standingOrder an active standing order renews the line ({@link StandingOrders#activeFor})
     */
    public record Situation(LatestDayToOrder latestDay, String email, boolean unsubscribed, boolean orderedSince,
                            Set<Kind> sent, boolean standingOrder) {
        public Situation {
            sent = Set.copyOf(sent);
        }

        /** A line without a standing order. */
        public Situation(LatestDayToOrder latestDay, String email, boolean unsubscribed, boolean orderedSince,
                         Set<Kind> sent) {
            this(latestDay, email, unsubscribed, orderedSince, sent, false);
        }
    }

    public ReminderRule {
        if (leadDays < 1 || leadDays > 60) {
            throw new IllegalArgumentException("fulfilment.renewal.reminder-lead-days must be 1 to 60, not " + leadDays);
        }
    }

    /** The reminder the line is due today, if any. */
    public Optional<Kind> due(Situation line, LocalDate today) {
        if (line.latestDay() == null || line.email() == null || line.email().isBlank() || line.unsubscribed()
                || line.orderedSince() || line.standingOrder() || line.latestDay().passed(today)) {
            return Optional.empty();
        }
        long daysLeft = line.latestDay().daysLeft(today);
        if (daysLeft == 0 && lastCall) {
            // one email on the day: a customer whose line came in too late for the first reminder gets the last call
            return line.sent().contains(Kind.LAST) ? Optional.empty() : Optional.of(Kind.LAST);
        }
        if (daysLeft <= leadDays && line.sent().isEmpty()) {
            return Optional.of(Kind.FIRST);
        }
        return Optional.empty();
    }

    /**
     * Whether the customer has ordered since a reminder's period was set: the line follows its latest order, so an
     * order for the period is a newer latest order, or a next expiry that has moved on.
     */
    public static boolean orderedSince(long periodSetByOrder, LocalDate period, long latestOrder,
                                       LocalDate nextExpiry) {
        return periodSetByOrder != latestOrder || !period.equals(nextExpiry);
    }
}
