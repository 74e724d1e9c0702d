package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseRuleTest {

    static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    /** An order in good time: ordered a month early, printed before its deadline, customer with an address. */
    static OrderFacts order(LocalDate orderedOn, LocalDate leftQueue, LocalDate delivered, boolean lost,
                            boolean email, CodeEmail codeEmail) {
        return new OrderFacts("RP-1", "DE", Channel.WEB, EXPIRY, orderedOn, EXPIRY.minusDays(20),
                EXPIRY.minusDays(10), leftQueue, delivered, lost, email, codeEmail);
    }

    static final LocalDate IN_TIME = EXPIRY.minusDays(30);
    static final LocalDate PRINTED = EXPIRY.minusDays(25);

    @Test
    void heldInTimeByTheLetter() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.minusDays(18), false, true, CodeEmail.NONE),
                TODAY);
        assertThat(outcome.pending()).isFalse();
        assertThat(outcome.heldOn()).isEqualTo(EXPIRY.minusDays(18));
        assertThat(outcome.via()).isEqualTo(HeldVia.LETTER);
        assertThat(outcome.marginDays()).isEqualTo(18);
        assertThat(outcome.lapseCause()).isEmpty();
    }

    @Test
    void theEarlierOfEmailAndLetterCounts() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(2), false, true,
                CodeEmail.sentOn(EXPIRY.minusDays(3))), TODAY);
        assertThat(outcome.via()).isEqualTo(HeldVia.EMAIL);
        assertThat(outcome.marginDays()).isEqualTo(3);
        assertThat(outcome.lapsed()).isFalse();
    }

    @Test
    void theExpiryDayItselfIsInTime() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY, false, true, CodeEmail.NONE), TODAY);
        assertThat(outcome.marginDays()).isZero();
        assertThat(outcome.lapsed()).isFalse();
    }

    @Test
    void notKnownYetIsPending() {
        var pending = PromiseRule.judge(order(IN_TIME, PRINTED, null, false, true, CodeEmail.pending()),
                EXPIRY.minusDays(1));
        assertThat(pending.pending()).isTrue();
        assertThat(pending.lapsed()).isFalse();
        assertThat(pending.marginDays()).isNull();
        // on the expiry day the letter can still come
        assertThat(PromiseRule.judge(order(IN_TIME, PRINTED, null, false, true, CodeEmail.NONE), EXPIRY).pending())
                .isTrue();
    }

    @Test
    void orderedTooLate() {
        var outcome = PromiseRule.judge(order(EXPIRY.minusDays(19), EXPIRY.minusDays(5), EXPIRY.plusDays(3), false,
                true, CodeEmail.sentOn(EXPIRY.plusDays(1))), TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.ORDERED_TOO_LATE);
        assertThat(outcome.via()).isEqualTo(HeldVia.EMAIL);
        assertThat(outcome.marginDays()).isEqualTo(-1);
    }

    @Test
    void printedLate() {
        var outcome = PromiseRule.judge(order(IN_TIME, EXPIRY.minusDays(9), EXPIRY.plusDays(2), false, false,
                CodeEmail.NONE), TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.PRINTED_LATE);
        assertThat(outcome.marginDays()).isEqualTo(-2);
    }

    @Test
    void stillQueuedAfterTheExpiryWasPrintedLate() {
        var outcome = PromiseRule.judge(order(IN_TIME, null, null, false, true, CodeEmail.NONE), TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.PRINTED_LATE);
        assertThat(outcome.heldOn()).isNull();
        assertThat(outcome.marginDays()).isNull();
    }

    @Test
    void letterLateWithoutAnEmailAddress() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(4), false, false, CodeEmail.NONE),
                TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.LETTER_LATE_WITHOUT_EMAIL);
        assertThat(outcome.via()).isEqualTo(HeldVia.LETTER);
        assertThat(outcome.marginDays()).isEqualTo(-4);
    }

    @Test
    void letterLateAndTheEmailFailed() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(1), false, true, CodeEmail.failed()),
                TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.LETTER_LATE_WITHOUT_EMAIL);
    }

    @Test
    void emailTooLate() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(5), false, true,
                CodeEmail.sentOn(EXPIRY.plusDays(2))), TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.EMAIL_TOO_LATE);
        assertThat(outcome.via()).isEqualTo(HeldVia.EMAIL);
        assertThat(outcome.marginDays()).isEqualTo(-2);
    }

    @Test
    void noCodeEmailThoughTheCustomerHasAnAddressIsTheRulesFault() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(5), false, true, CodeEmail.NONE),
                TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.EMAIL_TOO_LATE);
    }

    @Test
    void lostLetter() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, null, true, false, CodeEmail.NONE), TODAY);
        assertThat(outcome.lapseCause()).contains(LapseCause.LOST_LETTER);
        assertThat(outcome.heldOn()).isNull();
    }

    @Test
    void lostLetterButTheEmailInTimeIsNoLapse() {
        var outcome = PromiseRule.judge(order(IN_TIME, PRINTED, null, true, true,
                CodeEmail.sentOn(EXPIRY.minusDays(4))), TODAY);
        assertThat(outcome.lapsed()).isFalse();
        assertThat(outcome.marginDays()).isEqualTo(4);
    }

    @Test
    void aCodeHeldInTimeButFewerThanThreeDaysAheadHasTheCauseOfItsShortfall() {
        // ordered after the latest day to order, held two days ahead: in time, short of the goal, the customer's lateness
        var late = PromiseRule.judge(order(EXPIRY.minusDays(19), EXPIRY.minusDays(15), EXPIRY.minusDays(2), false,
                true, CodeEmail.NONE), TODAY);
        assertThat(late.lapsed()).isFalse();
        assertThat(late.shortfall()).isEqualTo(LapseCause.ORDERED_TOO_LATE);
        // ordered in time, the code email came one day ahead: the rules' or settings' doing
        var email = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(3), false, true,
                CodeEmail.sentOn(EXPIRY.minusDays(1))), TODAY);
        assertThat(email.shortfall()).isEqualTo(LapseCause.EMAIL_TOO_LATE);
        // on the expiry day itself
        assertThat(PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY, false, false, CodeEmail.NONE), TODAY)
                .shortfall()).isEqualTo(LapseCause.LETTER_LATE_WITHOUT_EMAIL);
    }

    @Test
    void threeDaysAheadMeetsTheGoalAndALapseIsItsOwnShortfall() {
        var three = PromiseRule.judge(order(IN_TIME, PRINTED, EXPIRY.plusDays(2), false, true,
                CodeEmail.sentOn(EXPIRY.minusDays(PromiseRule.MARGIN_GOAL_DAYS))), TODAY);
        assertThat(three.marginDays()).isEqualTo(3);
        assertThat(three.shortfall()).isNull();
        var lapse = PromiseRule.judge(order(IN_TIME, PRINTED, null, true, false, CodeEmail.NONE), TODAY);
        assertThat(lapse.shortfall()).isEqualTo(LapseCause.LOST_LETTER).isEqualTo(lapse.lapse());
        assertThat(PromiseRule.judge(order(IN_TIME, PRINTED, null, false, true, CodeEmail.pending()),
                EXPIRY.minusDays(1)).shortfall()).isNull();
    }
}
