package com.renewalpost.fulfilment.postage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostageLedgerTest {

    private static PostageLedger.Entry entry(String day, String service, String country, String amount, String currency) {
        return new PostageLedger.Entry(LocalDate.parse(day), 1, "RP-X", null, service, country, "Z", 20,
                new BigDecimal(amount), currency, "TARIFF", null);
    }

    private final List<PostageLedger.Entry> entries = List.of(
            entry("2026-03-05", "STANDARD_LETTER", "GB", "1.65", "USD"),
            entry("2026-03-05", "TRACKED_LETTER", "JP", "9.60", "USD"),
            entry("2026-03-06", "STANDARD_LETTER", "JP", "1.65", "USD"),
            entry("2026-04-01", "STANDARD_LETTER", "GB", "2.00", "EUR"));

    @Test
    void totalsPerDayAndCurrency() {
        assertThat(PostageLedger.totals(entries, PostageLedger.Grouping.DAY)).containsExactly(
                new PostageLedger.Total("2026-03-05", "USD", 2, new BigDecimal("11.25")),
                new PostageLedger.Total("2026-03-06", "USD", 1, new BigDecimal("1.65")),
                new PostageLedger.Total("2026-04-01", "EUR", 1, new BigDecimal("2.00")));
    }

    @Test
    void totalsPerMonthServiceAndDestination() {
        assertThat(PostageLedger.totals(entries, PostageLedger.Grouping.MONTH)).extracting(PostageLedger.Total::group,
                PostageLedger.Total::items).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-03", 3L), org.assertj.core.groups.Tuple.tuple("2026-04", 1L));
        assertThat(PostageLedger.totals(entries, PostageLedger.Grouping.SERVICE)).extracting(PostageLedger.Total::group,
                PostageLedger.Total::currency, PostageLedger.Total::postage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("STANDARD_LETTER", "EUR", new BigDecimal("2.00")),
                org.assertj.core.groups.Tuple.tuple("STANDARD_LETTER", "USD", new BigDecimal("3.30")),
                org.assertj.core.groups.Tuple.tuple("TRACKED_LETTER", "USD", new BigDecimal("9.60")));
        assertThat(PostageLedger.totals(entries, PostageLedger.Grouping.DESTINATION)).extracting(PostageLedger.Total::group)
                .containsExactly("GB", "GB", "JP");
    }
}
