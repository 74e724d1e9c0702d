package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After must not tell a client to come back before it may. */
class RetryAfterTest {

    @Test
    void aWaitIsRoundedUpToWholeSecondsAndIsNeverZero() {
        assertThat(RetryAfter.seconds(Duration.ofNanos(2_000_000_001L))).isEqualTo(3);
        assertThat(RetryAfter.seconds(Duration.ofNanos(2_000_400_000L))).isEqualTo(3);
        assertThat(RetryAfter.seconds(Duration.ofMillis(1999))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
