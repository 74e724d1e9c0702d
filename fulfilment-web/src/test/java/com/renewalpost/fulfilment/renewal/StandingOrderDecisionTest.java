package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.renewal.StandingOrder.Status;
import com.renewalpost.fulfilment.renewal.StandingOrderDecision.Outcome;
import com.renewalpost.fulfilment.renewal.StandingOrderDecision.State;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** "Order today?" for a standing order: the latest day to order by the one rule, and what stops it. */
class StandingOrderDecisionTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);
    private static final LocalDate LATEST_DAY = LocalDate.of(2027, 3, 10);

    private static State active(Integer prepaid, int ordered) {
        return new State(Status.ACTIVE, prepaid, ordered, null, null);
    }

    private static Outcome on(State state, LocalDate today) {
        return StandingOrderDecision.today(state, EXPIRY, LATEST_DAY, today);
    }

    @Test
    void ordersOnTheLatestDayAndOnEveryRunAfterItUntilThePlanExpires() {
        assertThat(on(active(3, 0), LATEST_DAY.minusDays(1))).isEqualTo(Outcome.NOT_YET);
        assertThat(on(active(3, 0), LATEST_DAY)).isEqualTo(Outcome.ORDER);
        assertThat(on(active(3, 0), LATEST_DAY.plusDays(2))).as("a day the job did not run").isEqualTo(Outcome.ORDER);
        assertThat(on(active(null, 7), LATEST_DAY)).as("until cancelled").isEqualTo(Outcome.ORDER);
        assertThat(on(active(3, 0), EXPIRY)).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aPeriodAlreadyOrderedIsNotOrderedAgain() {
        var ordered = new State(Status.ACTIVE, 3, 1, null, EXPIRY);
        assertThat(on(ordered, LATEST_DAY)).isEqualTo(Outcome.ALREADY_ORDERED);
        // the next period (the line moved on) is ordered on its own day
        var next = EXPIRY.plusDays(30);
        assertThat(StandingOrderDecision.today(ordered, next, LATEST_DAY.plusDays(30), LATEST_DAY.plusDays(30)))
                .isEqualTo(Outcome.ORDER);
    }

    @Test
    void aSkippedPeriodIsNotOrderedButTheOneAfterIs() {
        var skipped = new State(Status.ACTIVE, 3, 0, EXPIRY, null);
        assertThat(on(skipped, LATEST_DAY)).isEqualTo(Outcome.SKIPPED);
        assertThat(StandingOrderDecision.today(skipped, EXPIRY.plusDays(30), LATEST_DAY.plusDays(30),
                LATEST_DAY.plusDays(30))).isEqualTo(Outcome.ORDER);
    }

    @Test
    void pausedCancelledEndedOrOutOfPeriodsOrdersNothing() {
        assertThat(on(new State(Status.PAUSED, 3, 0, null, null), LATEST_DAY)).isEqualTo(Outcome.PAUSED);
        assertThat(on(new State(Status.CANCELLED, 3, 0, null, null), LATEST_DAY)).isEqualTo(Outcome.ENDED);
        assertThat(on(new State(Status.ENDED, 2, 2, null, null), LATEST_DAY)).isEqualTo(Outcome.ENDED);
        assertThat(on(active(2, 2), LATEST_DAY)).as("no prepaid period left").isEqualTo(Outcome.ENDED);
    }

    @Test
    void aLineWithoutAKnownExpiryIsNeverOrdered() {
        assertThat(StandingOrderDecision.today(active(3, 0), null, null, LATEST_DAY)).isEqualTo(Outcome.NO_EXPIRY);
    }
}
