package com.renewalpost.fulfilment.renewal;

import java.time.LocalDate;

/**
 * Whether a standing order orders its line's next period today: on the latest day to order by the one rule
 * ({@link RenewalTimetable}), or on the first run after it (a day the job did not run), up to the expiry itself;
 * never for a period skipped or already ordered, never while paused, never once ended or out of prepaid periods.
 */
public final class StandingOrderDecision {

    /** What the decision reads of a standing order. */
    public record State(StandingOrder.Status status, Integer periodsPrepaid, int periodsOrdered, LocalDate skipExpiry,
                        LocalDate lastOrderedExpiry) {
    }

    public enum Outcome {
        /** Order the period now. */
        ORDER,
        /** The latest day to order has not come yet. */
        NOT_YET,
        /** Support skipped the period that expires next. */
        SKIPPED,
        PAUSED,
        /** Cancelled, or every prepaid period used. */
        ENDED,
        /** The customer gave no plan expiry: no day to order on. */
        NO_EXPIRY,
        /** This period was ordered already (the line has not moved on to the next one). */
        ALREADY_ORDERED,
        /** The plan has already expired: too late for this period's card. */
        EXPIRED
    }

    private StandingOrderDecision() {
    }

    /**
     * @param nextExpiry the line's next expiry (null when unknown)
     * @param latestDay  the latest day to order for that expiry (null when unknown)
     */
    public static Outcome today(State state, LocalDate nextExpiry, LocalDate latestDay, LocalDate today) {
        if (state.status() == StandingOrder.Status.CANCELLED || state.status() == StandingOrder.Status.ENDED
                || (state.periodsPrepaid() != null && state.periodsOrdered() >= state.periodsPrepaid())) {
            return Outcome.ENDED;
        }
        if (state.status() == StandingOrder.Status.PAUSED) {
            return Outcome.PAUSED;
        }
        if (nextExpiry == null || latestDay == null) {
            return Outcome.NO_EXPIRY;
        }
        if (nextExpiry.equals(state.lastOrderedExpiry())) {
            return Outcome.ALREADY_ORDERED;
        }
        if (nextExpiry.equals(state.skipExpiry())) {
            return Outcome.SKIPPED;
        }
        if (today.isBefore(latestDay)) {
            return Outcome.NOT_YET;
        }
        if (!today.isBefore(nextExpiry)) {
            return Outcome.EXPIRED;
        }
        return Outcome.ORDER;
    }
}
