package com.renewalpost.fulfilment.notifications;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a temporarily failed email again: the delay doubles with every failure
 * (first, 2×first, 4×first, ...) up to {@code maxDelay}, and an email still not sent
 * {@code giveUpAfter} its queueing fails for good, so that support hears about it.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry delays must be positive, the first no longer than the longest");
        }
    }

    /** The wait after the n-th failed attempt (n starts at 1). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("there is no delay before the first failure");
        }
        // capping the exponent keeps the multiplication far from overflow; the cap below applies anyway
        var delay = firstDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** The next attempt after the n-th failure, or empty when that would be past the give-up time. */
    public Optional<OffsetDateTime> nextAttempt(int failedAttempts, OffsetDateTime queuedAt, OffsetDateTime failedAt) {
        var next = failedAt.plus(delayAfter(failedAttempts));
        return next.isAfter(queuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
