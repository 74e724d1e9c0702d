package com.renewalpost.fulfilment.notifications;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final OffsetDateTime QUEUED = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(48));

    @Test
    void theDelayDoublesWithEveryFailureUpToTheLongest() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(schedule.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptIsTheFailurePlusTheDelay() {
        var failedAt = QUEUED.plusMinutes(3);
        assertThat(schedule.nextAttempt(3, QUEUED, failedAt)).contains(failedAt.plusMinutes(4));
    }

    @Test
    void afterTheGiveUpTimeThereIsNoNextAttempt() {
        assertThat(schedule.nextAttempt(40, QUEUED, QUEUED.plusHours(47))).contains(QUEUED.plusHours(48));
        assertThat(schedule.nextAttempt(41, QUEUED, QUEUED.plusHours(47).plusMinutes(1))).isEmpty();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
