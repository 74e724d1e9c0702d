package com.renewalpost.fulfilment.dispatch;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchTotalsTest {

    private static Dispatches.ItemView item(int line, String service, int grams, String postage, String currency) {
        return new Dispatches.ItemView(line, "RP-X", null, "GB", service, grams, "EUROPE", new BigDecimal(postage),
                currency, "TARIFF", null, "PACKED");
    }

    private final List<Dispatches.ItemView> items = List.of(
            item(1, "STANDARD_LETTER", 20, "1.65", "USD"),
            item(2, "TRACKED_LETTER", 20, "9.60", "USD"),
            item(3, "STANDARD_LETTER", 40, "2.90", "USD"),
            item(4, "STANDARD_LETTER", 20, "1.20", "EUR"));

    @Test
    void totalsArePerCurrencyAndSumEveryItem() {
        assertThat(Dispatches.totals(items, false)).containsExactly(
                new Dispatches.Total(null, "EUR", 1, 20, new BigDecimal("1.20")),
                new Dispatches.Total(null, "USD", 3, 80, new BigDecimal("14.15")));
    }

    @Test
    void totalsPerServiceSplitTheSameItems() {
        var byService = Dispatches.totals(items, true);
        assertThat(byService).extracting(Dispatches.Total::service, Dispatches.Total::currency, Dispatches.Total::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STANDARD_LETTER", "EUR", 1L),
                        org.assertj.core.groups.Tuple.tuple("STANDARD_LETTER", "USD", 2L),
                        org.assertj.core.groups.Tuple.tuple("TRACKED_LETTER", "USD", 1L));
        assertThat(byService.stream().filter(t -> t.currency().equals("USD")).map(Dispatches.Total::postage)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("14.15");
    }

    @Test
    void anEmptyDispatchHasNoTotals() {
        assertThat(Dispatches.totals(List.of(), false)).isEmpty();
    }
}
