package com.renewalpost.fulfilment.orders;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.renewalpost.fulfilment.orders.PostalService.REGISTERED_LETTER;
import static com.renewalpost.fulfilment.orders.PostalService.STANDARD_LETTER;
import static com.renewalpost.fulfilment.orders.PostalService.TRACKED_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

/** The service choice by deadline: plan expiry − the service's standard − the queue's margin, not before today. */
class ServiceChoiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final int MARGIN = 2;
    /** Europe in the seeded tariff, 28 g. */
    static final Map<PostalService, ServicePostage.Price> PRICES = Map.of(
            STANDARD_LETTER, price("1.65"), TRACKED_LETTER, price("9.60"), REGISTERED_LETTER, price("19.15"));

    /** Germany as V32 seeds it: letter post 9 days, tracked 5, registered 6. */
    static final DeliveryStandards.Table GERMANY = table("DE", Map.of(STANDARD_LETTER, 9, TRACKED_LETTER, 5,
            REGISTERED_LETTER, 6));

    @Test
    void whenTheLetterPostStillArrivesNothingIsProposed() {
        // expiry in 11 days: letter post by 11 - 9 - 2 = today
        var choice = choose(STANDARD_LETTER, TODAY.plusDays(11), GERMANY, PRICES);

        assertThat(choice.verdict()).isEqualTo(ServiceChoice.Verdict.IN_TIME);
        assertThat(choice.proposed()).isFalse();
        assertThat(choice.service()).isNull();
    }

    @Test
    void whenOnlyAFasterServiceArrivesTheCheapestSuchIsProposedWithItsExtraPostage() {
        // expiry in 8 days: letter post deadline 8 - 9 - 2 < 0 (too late), tracked 8 - 5 - 2 = 1 day from now
        var choice = choose(STANDARD_LETTER, TODAY.plusDays(8), GERMANY, PRICES);

        assertThat(choice.verdict()).isEqualTo(ServiceChoice.Verdict.FASTER_SERVICE);
        assertThat(choice.service()).isEqualTo(TRACKED_LETTER);  // registered arrives too, but costs more
        assertThat(choice.transitDays()).isEqualTo(5);
        assertThat(choice.latestPostingDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(choice.postage()).isEqualTo(price("9.60"));
        assertThat(choice.extraPostage()).isEqualByComparingTo("7.95");
    }

    @Test
    void theDeadlineDayItselfStillCounts() {
        // tracked: expiry 7 days away − 5 − 2 = today
        var choice = choose(STANDARD_LETTER, TODAY.plusDays(7), GERMANY, PRICES);

        assertThat(choice.service()).isEqualTo(TRACKED_LETTER);
        assertThat(choice.latestPostingDate()).isEqualTo(TODAY);
    }

    @Test
    void whenOnlyTheDearestServiceArrivesItIsTheOneProposed() {
        var slowTracked = table("DE", Map.of(STANDARD_LETTER, 9, TRACKED_LETTER, 8, REGISTERED_LETTER, 5));

        var choice = choose(STANDARD_LETTER, TODAY.plusDays(7), slowTracked, PRICES);

        assertThat(choice.service()).isEqualTo(REGISTERED_LETTER);
        assertThat(choice.extraPostage()).isEqualByComparingTo("17.50");
    }

    @Test
    void whenNoServiceArrivesNothingIsProposedAndTheOrderIsMarked() {
        // tracked: 6 - 5 - 2 = yesterday
        var choice = choose(STANDARD_LETTER, TODAY.plusDays(6), GERMANY, PRICES);

        assertThat(choice.verdict()).isEqualTo(ServiceChoice.Verdict.NO_SERVICE_IN_TIME);
        assertThat(choice.proposed()).isFalse();
        assertThat(choice.service()).isNull();
        assertThat(choice.postage()).isNull();
    }

    @Test
    void aLearnedStandardIsUsedWhereDeliveriesTaughtOne() {
        // tracked letters to Germany have taken 8 days lately: they no longer make an 8-day expiry ...
        var tracked = DeliveryStandard.learnedFor("DE", TRACKED_LETTER, 5);
        tracked.learned(8, 25, null);
        var learned = DeliveryStandards.Table.of(List.of(row("DE", STANDARD_LETTER, 9), tracked,
                row("DE", REGISTERED_LETTER, 6)));
        assertThat(learned.transitDays("DE", TRACKED_LETTER)).isEqualTo(8);

        var choice = choose(STANDARD_LETTER, TODAY.plusDays(8), learned, PRICES);

        // ... so registered, which still does, is proposed
        assertThat(choice.service()).isEqualTo(REGISTERED_LETTER);
        assertThat(choice.transitDays()).isEqualTo(6);
    }

    @Test
    void anUnpricedServiceIsProposedOnlyWhenNoPricedOneArrivesAndThenWithoutACost() {
        var noTracked = Map.of(STANDARD_LETTER, price("1.65"), REGISTERED_LETTER, price("19.15"));
        assertThat(choose(STANDARD_LETTER, TODAY.plusDays(8), GERMANY, noTracked).service())
                .isEqualTo(REGISTERED_LETTER);

        var onlyTracked = table("DE", Map.of(STANDARD_LETTER, 9, TRACKED_LETTER, 5, REGISTERED_LETTER, 9));
        var choice = choose(STANDARD_LETTER, TODAY.plusDays(8), onlyTracked, noTracked);
        assertThat(choice.service()).isEqualTo(TRACKED_LETTER);
        assertThat(choice.postage()).isNull();
        assertThat(choice.extraPostage()).isNull();
    }

    @Test
    void anOrderWithoutAKnownExpiryKeepsItsService() {
        assertThat(choose(STANDARD_LETTER, null, GERMANY, PRICES).verdict()).isEqualTo(ServiceChoice.Verdict.IN_TIME);
    }

    @Test
    void theQueueShowsTheProposalOnTheLateOrdersEntry() {
        var queue = new PrintQueue();
        queue.marginDays = MARGIN;
        var order = TestOrders.orderIn(OrderStatus.QUEUED); // to CN, plan expires 2027-01-01, 20 g
        var today = LocalDate.of(2026, 12, 20);              // 12 days left
        var china = table("CN", Map.of(STANDARD_LETTER, 14, TRACKED_LETTER, 8, REGISTERED_LETTER, 9));

        var entry = queue.entry(order, 14, today);
        entry = entry.with(queue.choice(order, china, (service, country, grams) -> Optional.ofNullable(PRICES.get(service)),
                today));

        assertThat(entry.atRisk()).isTrue();
        assertThat(entry.proposedService()).isEqualTo("TRACKED_LETTER");
        assertThat(entry.proposedLatestPostingDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(entry.proposedPostage()).isEqualByComparingTo("9.60");
        assertThat(entry.extraPostage()).isEqualByComparingTo("7.95");
        assertThat(entry.postageCurrency()).isEqualTo("USD");
        assertThat(entry.noServiceInTime()).isFalse();
    }

    private static ServiceChoice choose(PostalService own, LocalDate expiry, DeliveryStandards.Table table,
                                        Map<PostalService, ServicePostage.Price> prices) {
        return ServiceChoice.choose(own, expiry, TODAY, MARGIN, s -> table.transitDays("DE", s),
                s -> Optional.ofNullable(prices.get(s)));
    }

    private static DeliveryStandards.Table table(String destination, Map<PostalService, Integer> days) {
        return DeliveryStandards.Table.of(days.entrySet().stream().map(e -> row(destination, e.getKey(), e.getValue()))
                .toList());
    }

    private static DeliveryStandard row(String destination, PostalService service, int days) {
        return DeliveryStandard.learnedFor(destination, service, days); // a set figure; nothing learned yet
    }

    private static ServicePostage.Price price(String amount) {
        return new ServicePostage.Price(new BigDecimal(amount), "USD");
    }
}
