package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LostLettersTest {

    static final LocalDate POSTED = LocalDate.of(2026, 9, 1);

    @Test
    void aLetterIsProposedOnlyWhenSilentLongerThanTheAllowanceAfterItsExpectedArrival() {
        // expected 2026-09-11 (10 days); allowance 30 days: proposed from 2026-10-12 on
        assertThat(LostLetters.silentFor(POSTED, 10, POSTED, LocalDate.of(2026, 10, 11), 30)).isEmpty();
        assertThat(LostLetters.silentFor(POSTED, 10, POSTED, LocalDate.of(2026, 10, 12), 30)).contains(41L);
    }

    @Test
    void recentNewsPostponesTheProposal() {
        var lastScan = LocalDate.of(2026, 10, 1);
        assertThat(LostLetters.silentFor(POSTED, 10, lastScan, LocalDate.of(2026, 10, 20), 30)).isEmpty();
        assertThat(LostLetters.silentFor(POSTED, 10, lastScan, LocalDate.of(2026, 11, 1), 30)).contains(31L);
    }
}
