package com.renewalpost.fulfilment.staff;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then locks repeated failed logins. Per account (kept in the database, so every
 * instance agrees): from the third failure in a row each attempt must wait twice as long as the
 * last (1 s, 2 s, 4 s ... up to a minute), and the tenth locks the account for a while. Per client
 * address (kept here): a bucket of failures that refills slowly, so one address cannot try many
 * accounts. The numbers are settings ({@code fulfilment.login.*}).
 */
@ApplicationScoped
public class LoginGuard {

    static final Duration MAX_DELAY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "fulfilment.login.slow-down-after", defaultValue = "3")
    int slowDownAfter;
    @Inject
    @ConfigProperty(name = "fulfilment.login.lock-after", defaultValue = "10")
    int lockAfter;
    @Inject
    @ConfigProperty(name = "fulfilment.login.lock-minutes", defaultValue = "15")
    int lockMinutes;
    @Inject
    @ConfigProperty(name = "fulfilment.login.failures-per-address", defaultValue = "30")
    int failuresPerAddress;

    private final Map<String, Bucket> failuresByAddress = new ConcurrentHashMap<>();

    /** What the account's record of failures means for the next attempt. */
    public record Failure(int failedLogins, OffsetDateTime nextLoginAt, OffsetDateTime lockedUntil) {
    }

    /** The state after one more failure. */
    public Failure afterFailure(int failedBefore, OffsetDateTime now) {
        int failed = failedBefore + 1;
        OffsetDateTime next = null;
        OffsetDateTime locked = null;
        if (failed >= lockAfter) {
            locked = now.plusMinutes(lockMinutes);
        } else if (failed >= slowDownAfter) {
            var delay = Duration.ofSeconds(1L << Math.min(failed - slowDownAfter, 6));
            next = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
        return new Failure(failed, next, locked);
    }

    /** Whether this address has failed too often lately. */
    public boolean addressBlocked(String address) {
        return bucket(address).getAvailableTokens() <= 0;
    }

    public void addressFailed(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return failuresByAddress.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failuresPerAddress)
                        .refillGreedy(failuresPerAddress, Duration.ofMinutes(lockMinutes)).build())
                .build());
    }
}
