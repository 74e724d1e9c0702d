package com.renewalpost.fulfilment.renewal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NextExpiryTest {

    @Test
    void theLastCardsPlanPeriodIsAddedToTheExpiryTheCustomerGave() {
        assertThat(NextExpiry.of(Optional.of(LocalDate.of(2026, 3, 1)), 30)).contains(LocalDate.of(2026, 3, 31));
        assertThat(NextExpiry.of(Optional.of(LocalDate.of(2026, 12, 20)), 365)).contains(LocalDate.of(2027, 12, 20));
    }

    @Test
    void aPeriodOverTheEndOfFebruaryCountsCalendarDays() {
        assertThat(NextExpiry.of(Optional.of(LocalDate.of(2028, 2, 1)), 30)).contains(LocalDate.of(2028, 3, 2));
        assertThat(NextExpiry.of(Optional.of(LocalDate.of(2027, 2, 1)), 30)).contains(LocalDate.of(2027, 3, 3));
    }

    @Test
    void withoutAGivenExpiryOrAPlanPeriodTheNextExpiryIsUnknown() {
        assertThat(NextExpiry.of(Optional.empty(), 30)).isEmpty();
        assertThat(NextExpiry.of(Optional.of(LocalDate.of(2026, 3, 1)), 0)).isEmpty();
    }
}
