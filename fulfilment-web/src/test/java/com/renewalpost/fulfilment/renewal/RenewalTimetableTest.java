package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenewalTimetableTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 4, 30);
    private final RenewalTimetable timetable = new RenewalTimetable(2, 2);

    private static DeliveryStandard published(String destination, int days) {
        return DeliveryStandard.learnedFor(destination, PostalService.STANDARD_LETTER, days);
    }

    private static DeliveryStandard learned(String destination, int published, int learned) {
        var s = published(destination, published);
        s.learned(learned, 40, OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        return s;
    }

    @Test
    void aWebCustomerInTheUsOrdersAWeekPlusDeliveryPrintAndPostAndMarginBeforeExpiry() {
        var day = timetable.latestDayToOrder(EXPIRY, RenewalTimetable.Transit.of(Optional.of(published("US", 5)),
                Optional.empty()), Channel.WEB);
        // 30 April - 7 in hand - 5 post - 2 print and post - 2 margin
        assertThat(day.date()).isEqualTo(LocalDate.of(2027, 4, 14));
        assertThat(day).extracting(LatestDayToOrder::cardInHandDays, LatestDayToOrder::deliveryDays,
                        LatestDayToOrder::deliveryLearned, LatestDayToOrder::printAndPostDays,
                        LatestDayToOrder::marginDays, LatestDayToOrder::letterToUsDays)
                .containsExactly(7, 5, false, 2, 2, 0);
    }

    @Test
    void aPostCustomerAlsoAllowsForTheirLetterToUsByTheSameStandard() {
        var transit = RenewalTimetable.Transit.of(Optional.of(published("US", 5)), Optional.empty());
        var web = timetable.latestDayToOrder(EXPIRY, transit, Channel.WEB);
        var post = timetable.latestDayToOrder(EXPIRY, transit, Channel.POST);
        assertThat(post.letterToUsDays()).isEqualTo(5);
        assertThat(post.date()).isEqualTo(web.date().minusDays(5)).isEqualTo(LocalDate.of(2027, 4, 9));
    }

    @Test
    void aMarketplaceCustomerOrdersOnlineAsAWebCustomerDoes() {
        var transit = new RenewalTimetable.Transit(9, false);
        assertThat(timetable.latestDayToOrder(EXPIRY, transit, Channel.MARKETPLACE).date())
                .isEqualTo(timetable.latestDayToOrder(EXPIRY, transit, Channel.WEB).date());
    }

    @Test
    void eachDestinationHasItsOwnStandardAndUnlistedOnesTakeTheDefaultRow() {
        var anywhere = Optional.of(published(DeliveryStandard.ANY_DESTINATION, 10));
        var germany = RenewalTimetable.Transit.of(Optional.of(published("DE", 8)), anywhere);
        var japan = RenewalTimetable.Transit.of(Optional.of(published("JP", 12)), anywhere);
        var unlisted = RenewalTimetable.Transit.of(Optional.empty(), anywhere);
        assertThat(timetable.latestDayToOrder(EXPIRY, germany, Channel.POST).date())
                .isEqualTo(LocalDate.of(2027, 4, 3)); // 30 - 7 - 8 - 2 - 2 - 8
        assertThat(timetable.latestDayToOrder(EXPIRY, japan, Channel.POST).date())
                .isEqualTo(LocalDate.of(2027, 3, 26)); // 30 April - 35
        assertThat(timetable.latestDayToOrder(EXPIRY, unlisted, Channel.WEB).date())
                .isEqualTo(LocalDate.of(2027, 4, 9)); // 30 - 7 - 10 - 2 - 2
    }

    @Test
    void withNoStandardAtAllTheLastResortApplies() {
        var transit = RenewalTimetable.Transit.of(Optional.empty(), Optional.empty());
        assertThat(transit).isEqualTo(new RenewalTimetable.Transit(DeliveryStandards.Table.LAST_RESORT_DAYS, false));
    }

    @Test
    void aLearnedStandardReplacesThePublishedOne() {
        var publishedOnly = RenewalTimetable.Transit.of(Optional.of(published("FR", 6)), Optional.empty());
        var learnedSlower = RenewalTimetable.Transit.of(Optional.of(learned("FR", 6, 9)), Optional.empty());
        assertThat(learnedSlower).isEqualTo(new RenewalTimetable.Transit(9, true));
        var before = timetable.latestDayToOrder(EXPIRY, publishedOnly, Channel.POST);
        var after = timetable.latestDayToOrder(EXPIRY, learnedSlower, Channel.POST);
        // both ways through the post take three days more
        assertThat(after.date()).isEqualTo(before.date().minusDays(6));
        assertThat(after.deliveryLearned()).isTrue();
        assertThat(after.letterToUsDays()).isEqualTo(9);
    }

    @Test
    void theWarehouseDaysAndTheMarginAreSettings() {
        var transit = new RenewalTimetable.Transit(5, false);
        var slower = new RenewalTimetable(4, 3).latestDayToOrder(EXPIRY, transit, Channel.WEB);
        assertThat(slower.date()).isEqualTo(timetable.latestDayToOrder(EXPIRY, transit, Channel.WEB).date().minusDays(3));
        assertThatThrownBy(() -> new RenewalTimetable(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysLeftCountDownToTheLatestDayAndThenItHasPassed() {
        var clock = new MovableClock();
        var today = LocalDate.now(clock);
        var transit = new RenewalTimetable.Transit(5, false);
        // an expiry that makes the latest day ten days from today
        var day = timetable.latestDayToOrder(today.plusDays(10 + 7 + 5 + 2 + 2), transit, Channel.WEB);
        assertThat(day.daysLeft(LocalDate.now(clock))).isEqualTo(10);
        clock.advance(Duration.ofDays(10));
        assertThat(day.daysLeft(LocalDate.now(clock))).isZero();
        assertThat(day.passed(LocalDate.now(clock))).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(day.passed(LocalDate.now(clock))).isTrue();
        assertThat(day.daysLeft(LocalDate.now(clock))).isEqualTo(-1);
    }
}
