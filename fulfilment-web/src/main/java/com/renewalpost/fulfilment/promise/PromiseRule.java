package com.renewalpost.fulfilment.promise;

import java.time.LocalDate;

/**
 * The one rule that judges whether the promise was kept for an order: the customer held the code on the earlier of
 * the letter's delivery and the code email's acceptance by the mail server; a lapse when that day is after the
 * plan's expiry (the expiry day itself still counts as in time), or when the plan has expired and the code is not
 * held yet. The causes are tried in {@link LapseCause}'s order. A code held in time but fewer than
 * {@value #MARGIN_GOAL_DAYS} days ahead gets the same cause as its shortfall: what made it that late.
 */
public final class PromiseRule {

    /** The business's aim: every customer holds the code at least this many days before the plan expires. */
    public static final int MARGIN_GOAL_DAYS = 3;

    private PromiseRule() {
    }

    public static PromiseOutcome judge(OrderFacts o, LocalDate today) {
        var expiry = o.planExpiresOn();
        var email = o.codeEmail();
        LocalDate emailed = email.acceptedOn();
        LocalDate held;
        HeldVia via;
        if (o.deliveredOn() != null && (emailed == null || !emailed.isBefore(o.deliveredOn()))) {
            held = o.deliveredOn();
            via = HeldVia.LETTER;
        } else {
            held = emailed;
            via = emailed == null ? null : HeldVia.EMAIL;
        }
        if (held == null && !today.isAfter(expiry)) {
            return PromiseOutcome.pending(o);
        }
        if (held != null && !held.isAfter(expiry)) {
            boolean shortOfGoal = held.plusDays(MARGIN_GOAL_DAYS).isAfter(expiry);
            return PromiseOutcome.held(o, held, via, null, shortOfGoal ? cause(o) : null);
        }
        var cause = cause(o);
        return held == null ? PromiseOutcome.neverHeld(o, cause) : PromiseOutcome.held(o, held, via, cause, cause);
    }

    /** Why a lapsed order lapsed, or why one held in time came short of the margin goal. */
    static LapseCause cause(OrderFacts o) {
        if (o.orderedOn().isAfter(o.latestDayToOrder())) {
            return LapseCause.ORDERED_TOO_LATE;
        }
        // still queued counts too: a lapsed order not yet printed is past any deadline
        if (o.leftQueueOn() == null || o.leftQueueOn().isAfter(o.postingDeadline())) {
            return LapseCause.PRINTED_LATE;
        }
        if (o.letterLost()) {
            return LapseCause.LOST_LETTER;
        }
        if (!o.hasEmailAddress() || o.codeEmail().state() == CodeEmail.State.FAILED) {
            return LapseCause.LETTER_LATE_WITHOUT_EMAIL;
        }
        return LapseCause.EMAIL_TOO_LATE;
    }
}
