package com.renewalpost.fulfilment.promise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The promise for one order: pending (not known yet, not counted), or the day the customer held their code (null
 * when they never did and the plan has expired), how, the margin in days before the expiry (negative after it) and
 * the lapse's cause (null when held in time); {@code shortfall}, the cause of a code held fewer than
 * {@link PromiseRule#MARGIN_GOAL_DAYS} days ahead, the lapse's cause included (null when held earlier, or pending).
 */
public record PromiseOutcome(OrderFacts order, boolean pending, LocalDate heldOn, HeldVia via, Integer marginDays,
                             LapseCause lapse, LapseCause shortfall) {

    static PromiseOutcome pending(OrderFacts order) {
        return new PromiseOutcome(order, true, null, null, null, null, null);
    }

    static PromiseOutcome held(OrderFacts order, LocalDate heldOn, HeldVia via, LapseCause lapse,
                               LapseCause shortfall) {
        return new PromiseOutcome(order, false, heldOn, via,
                (int) ChronoUnit.DAYS.between(heldOn, order.planExpiresOn()), lapse, shortfall);
    }

    static PromiseOutcome neverHeld(OrderFacts order, LapseCause lapse) {
        return new PromiseOutcome(order, false, null, null, null, lapse, lapse);
    }

    public Optional<LapseCause> lapseCause() {
        return Optional.ofNullable(lapse);
    }

    public boolean lapsed() {
        return lapse != null;
    }
}
