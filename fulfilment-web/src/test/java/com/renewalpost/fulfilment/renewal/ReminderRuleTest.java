package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderRuleTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 3, 31);
    private static final RenewalTimetable TIMETABLE = new RenewalTimetable(2, 2);
    /** Post customer, 10 days' post: 31 March − 7 − 10 − 2 − 2 − 10 = 28 February. */
    private static final LatestDayToOrder LATEST = TIMETABLE.latestDayToOrder(EXPIRY,
            new RenewalTimetable.Transit(10, false), Channel.POST);
    private static final ReminderRule RULE = new ReminderRule(10, true);

    private static ReminderRule.Situation line(Set<ReminderRule.Kind> sent) {
        return new ReminderRule.Situation(LATEST, "wang@example.com", false, false, sent);
    }

    private static ReminderRule.Situation line() {
        return line(Set.of());
    }

    @Test
    void theLatestDayComesFromTheOneRule() {
        assertThat(LATEST.date()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void notYetMoreThanTheLeadDaysBefore() {
        assertThat(RULE.due(line(), LocalDate.of(2026, 2, 17))).isEmpty();
    }

    @Test
    void dueFromTheLeadDaysBeforeUntilTheDayBefore() {
        assertThat(RULE.due(line(), LocalDate.of(2026, 2, 18))).contains(ReminderRule.Kind.FIRST);
        assertThat(RULE.due(line(), LocalDate.of(2026, 2, 27))).contains(ReminderRule.Kind.FIRST);
    }

    @Test
    void theFirstReminderGoesOnce() {
        assertThat(RULE.due(line(Set.of(ReminderRule.Kind.FIRST)), LocalDate.of(2026, 2, 20))).isEmpty();
    }

    @Test
    void aLastCallOnTheLatestDayItselfOnce() {
        var day = LocalDate.of(2026, 2, 28);
        assertThat(RULE.due(line(Set.of(ReminderRule.Kind.FIRST)), day)).contains(ReminderRule.Kind.LAST);
        assertThat(RULE.due(line(), day)).as("a line too late for the first gets the last call")
                .contains(ReminderRule.Kind.LAST);
        assertThat(RULE.due(line(Set.of(ReminderRule.Kind.FIRST, ReminderRule.Kind.LAST)), day)).isEmpty();
    }

    @Test
    void withoutTheLastCallTheDayItselfStillGetsAFirstReminderIfNoneWent() {
        var firstOnly = new ReminderRule(10, false);
        var day = LocalDate.of(2026, 2, 28);
        assertThat(firstOnly.due(line(), day)).contains(ReminderRule.Kind.FIRST);
        assertThat(firstOnly.due(line(Set.of(ReminderRule.Kind.FIRST)), day)).isEmpty();
    }

    @Test
    void nothingOnceTheLatestDayHasPassed() {
        assertThat(RULE.due(line(), LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(RULE.due(line(Set.of(ReminderRule.Kind.FIRST)), LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void nothingForACustomerWhoHasAlreadyOrdered() {
        var ordered = new ReminderRule.Situation(LATEST, "wang@example.com", false, true, Set.of());
        assertThat(RULE.due(ordered, LocalDate.of(2026, 2, 20))).isEmpty();
        assertThat(RULE.due(ordered, LocalDate.of(2026, 2, 28))).isEmpty();
        // the line follows its latest order: a newer latest order, or an expiry moved on, is an order for the period
        assertThat(ReminderRule.orderedSince(7, EXPIRY, 7, EXPIRY)).isFalse();
        assertThat(ReminderRule.orderedSince(7, EXPIRY, 8, EXPIRY.plusDays(30))).isTrue();
        assertThat(ReminderRule.orderedSince(7, EXPIRY, 8, EXPIRY)).isTrue();
        assertThat(ReminderRule.orderedSince(7, EXPIRY, 7, EXPIRY.plusDays(30))).isTrue();
    }

    @Test
    void nothingForACustomerWhoUnsubscribed() {
        var unsubscribed = new ReminderRule.Situation(LATEST, "wang@example.com", true, false, Set.of());
        assertThat(RULE.due(unsubscribed, LocalDate.of(2026, 2, 20))).isEmpty();
        assertThat(RULE.due(unsubscribed, LocalDate.of(2026, 2, 28))).isEmpty();
    }

    @Test
    void nothingWithoutAnEmailOrAnExpiry() {
        assertThat(RULE.due(new ReminderRule.Situation(LATEST, "", false, false, Set.of()), LocalDate.of(2026, 2, 20)))
                .isEmpty();
        assertThat(RULE.due(new ReminderRule.Situation(LATEST, null, false, false, Set.of()), LocalDate.of(2026, 2, 20)))
                .isEmpty();
        assertThat(RULE.due(new ReminderRule.Situation(null, "wang@example.com", false, false, Set.of()),
                LocalDate.of(2026, 2, 20))).isEmpty();
    }

    @Test
    void leadDaysMustMakeSense() {
        assertThatThrownBy(() -> new ReminderRule(0, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fulfilment.renewal.reminder-lead-days");
        assertThatThrownBy(() -> new ReminderRule(61, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineUnderAStandingOrderGetsNoReminderItOrdersByItself() {
        var renewing = new ReminderRule.Situation(LATEST, "wang@example.com", false, false, Set.of(), true);
        for (int before = 0; before <= 10; before++) {
            assertThat(RULE.due(renewing, LATEST.date().minusDays(before))).as(before + " days before").isEmpty();
        }
        var ended = new ReminderRule.Situation(LATEST, "wang@example.com", false, false, Set.of(), false);
        assertThat(RULE.due(ended, LATEST.date().minusDays(10))).contains(ReminderRule.Kind.FIRST);
    }
}
