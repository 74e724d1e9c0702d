package com.renewalpost.fulfilment.platform;

import java.time.Duration;

/**
 * The Retry-After header's whole seconds for a wait: rounded up, never below one, so that a
 * client that waits exactly as long as it is told is not refused again.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static long seconds(Duration wait) {
        long whole = wait.getSeconds();
        return Math.max(1, wait.getNano() > 0 ? whole + 1 : whole);
    }
}
