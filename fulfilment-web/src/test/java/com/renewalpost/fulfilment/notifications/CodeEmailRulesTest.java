package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CodeEmailRulesTest {

    private static final LocalDate POSTED_ON = LocalDate.of(2026, 11, 2);
    private static final int TRANSIT_DAYS = 14;
    private final CodeEmailRules rules = new CodeEmailRules(3, 7);

    /** Posted 2 Nov, 14 days' standard, 3 days' grace: on time up to and including 19 Nov. */
    private static CodeEmailRules.Letter posted(LocalDate planExpiresOn) {
        return new CodeEmailRules.Letter(OrderStatus.POSTED, POSTED_ON, TRANSIT_DAYS, planExpiresOn, true, false);
    }

    @Test
    void aLetterIsLateOnlyAfterTheStandardAndTheGracePeriodHavePassed() {
        assertThat(rules.lateAfter(POSTED_ON, TRANSIT_DAYS)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(rules.due(posted(null), LocalDate.of(2026, 11, 19))).isEmpty();
        assertThat(rules.due(posted(null), LocalDate.of(2026, 11, 20))).contains(EmailReason.DELAYED);
        assertThat(rules.due(posted(null), LocalDate.of(2027, 3, 1))).contains(EmailReason.DELAYED);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "POSTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPostedLetterCanBeLate(OrderStatus status) {
        var letter = new CodeEmailRules.Letter(status, POSTED_ON, TRANSIT_DAYS, null, true, false);
        assertThat(rules.delayed(letter, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void aPlanExpiringWithinTheWindowPutsAnUndeliveredLetterAtRisk() {
        var today = LocalDate.of(2026, 11, 5);
        var queued = new CodeEmailRules.Letter(OrderStatus.QUEUED, null, TRANSIT_DAYS, today.plusDays(7), true, false);
        var later = new CodeEmailRules.Letter(OrderStatus.QUEUED, null, TRANSIT_DAYS, today.plusDays(8), true, false);
        var expired = new CodeEmailRules.Letter(OrderStatus.PRINTED, null, TRANSIT_DAYS, today.minusDays(1), true, false);
        var unknown = new CodeEmailRules.Letter(OrderStatus.QUEUED, null, TRANSIT_DAYS, null, true, false);

        assertThat(rules.due(queued, today)).contains(EmailReason.AT_RISK);
        assertThat(rules.due(later, today)).isEmpty();
        assertThat(rules.due(expired, today)).contains(EmailReason.AT_RISK);
        assertThat(rules.due(unknown, today)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"DELIVERED", "CANCELLED"})
    void aDeliveredOrCancelledOrderNeedsNoEmail(OrderStatus status) {
        var today = LocalDate.of(2027, 3, 1);
        var letter = new CodeEmailRules.Letter(status, POSTED_ON, TRANSIT_DAYS, today, true, false);
        assertThat(rules.due(letter, today)).isEmpty();
    }

    @Test
    void aLateLetterWinsOverAnExpiringPlan() {
        var today = LocalDate.of(2026, 11, 25);
        assertThat(rules.due(posted(today.plusDays(2)), today)).contains(EmailReason.DELAYED);
        assertThat(rules.due(posted(today.plusDays(2)), LocalDate.of(2026, 11, 10))).isEmpty();
        assertThat(rules.due(posted(LocalDate.of(2026, 11, 12)), LocalDate.of(2026, 11, 10))).contains(EmailReason.AT_RISK);
    }

    @Test
    void withoutACodeOrWithAnAutomaticEmailAlreadyNothingIsDue() {
        var today = LocalDate.of(2027, 3, 1);
        var noCode = new CodeEmailRules.Letter(OrderStatus.POSTED, POSTED_ON, TRANSIT_DAYS, today, false, false);
        var alreadyEmailed = new CodeEmailRules.Letter(OrderStatus.POSTED, POSTED_ON, TRANSIT_DAYS, today, true, true);
        assertThat(rules.due(noCode, today)).isEmpty();
        assertThat(rules.due(alreadyEmailed, today)).isEmpty();
    }

    @Test
    void theWindowsComeFromTheSettings() {
        var strict = new CodeEmailRules(0, 0);
        var today = POSTED_ON.plusDays(TRANSIT_DAYS + 1);
        assertThat(strict.delayed(posted(null), today)).isTrue();
        assertThat(rules.delayed(posted(null), today)).isFalse();
        var expiresTomorrow = new CodeEmailRules.Letter(OrderStatus.QUEUED, null, TRANSIT_DAYS, today.plusDays(1), true, false);
        assertThat(strict.atRisk(expiresTomorrow, today)).isFalse();
        assertThat(rules.atRisk(expiresTomorrow, today)).isTrue();
    }

    /** The check asks the database for letters posted before a day: exactly those the rules find late. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 4, 14, 30})
    void aLetterIsLateExactlyWhenPostedBeforeTheDayTheCheckAsksFor(int transitDays) {
        var today = LocalDate.of(2026, 12, 4);
        var before = rules.lateIfPostedBefore(today, transitDays);
        for (var postedOn = today.minusDays(60); !postedOn.isAfter(today); postedOn = postedOn.plusDays(1)) {
            var letter = new CodeEmailRules.Letter(OrderStatus.POSTED, postedOn, transitDays, null, true, false);
            assertThat(rules.delayed(letter, today)).as("posted %s", postedOn).isEqualTo(postedOn.isBefore(before));
        }
    }
}
