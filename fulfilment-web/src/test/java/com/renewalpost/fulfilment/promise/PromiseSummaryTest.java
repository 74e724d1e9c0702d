package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseSummaryTest {

    static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);

    static PromiseOutcome delivered(int daysBefore) {
        var facts = new OrderFacts("RP-1", "DE", Channel.WEB, EXPIRY, EXPIRY.minusDays(40), EXPIRY.minusDays(20),
                EXPIRY.minusDays(10), EXPIRY.minusDays(30), EXPIRY.minusDays(daysBefore), false, false,
                CodeEmail.NONE);
        return PromiseRule.judge(facts, EXPIRY.plusDays(30));
    }

    @Test
    void countsLapsesByCauseAndMarginsInBuckets() {
        var summary = new PromiseSummary();
        for (int days : new int[]{-3, -1, 0, 2, 3, 6, 7, 13, 14, 30}) {
            summary.add(delivered(days));
        }
        summary.add(PromiseRule.judge(new OrderFacts("RP-2", "DE", Channel.WEB, EXPIRY, EXPIRY.minusDays(40),
                EXPIRY.minusDays(20), EXPIRY.minusDays(10), EXPIRY.minusDays(30), null, false, true,
                CodeEmail.pending()), EXPIRY.minusDays(1)));

        assertThat(summary.judged()).isEqualTo(10);
        assertThat(summary.pending()).isEqualTo(1);
        assertThat(summary.lapsed()).isEqualTo(2);
        assertThat(summary.lapsesByCause()).contains(
                new PromiseSummary.Count<>(LapseCause.LETTER_LATE_WITHOUT_EMAIL, 2L),
                new PromiseSummary.Count<>(LapseCause.ORDERED_TOO_LATE, 0L));
        assertThat(summary.marginDistribution()).extracting(PromiseSummary.Count::orders)
                .containsExactly(2L, 2L, 2L, 2L, 2L);
    }
}
