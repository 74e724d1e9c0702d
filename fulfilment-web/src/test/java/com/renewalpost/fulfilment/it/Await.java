package com.renewalpost.fulfilment.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/** Polls for what asynchronous work (the outbox worker, a refresh period) brings about, with a deadline. */
public final class Await {

    public static final Duration DEADLINE = Duration.ofSeconds(60);
    /** As often as the system tests look: what is awaited mostly comes within a second (the worker's, the gauges' period). */
    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    /** Probes every 50 ms until {@code done} holds, and returns what it saw then. */
    public static <T> T until(String what, Supplier<T> probe, Predicate<T> done) {
        var deadline = Instant.now().plus(DEADLINE);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
            last = probe.get();
        }
        return last;
    }
}
