package com.renewalpost.fulfilment.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client-address limits on the public parts (Bucket4j token buckets, kept per instance: a
 * limit per instance is still a limit, and no shared store is needed).
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "fulfilment.public.lookups-per-minute", defaultValue = "30")
    int lookupsPerMinute;

    private final Map<String, Bucket> lookups = new ConcurrentHashMap<>();

    /** Whether this address may make one more public lookup now. */
    public boolean publicLookup(String address) {
        return publicLookupWait(address).isZero();
    }

    /** Takes one public lookup for this address: zero when allowed, else how long until the next one is. */
    public Duration publicLookupWait(String address) {
        if (lookups.size() > 100_000) {
            lookups.clear(); // a flood of addresses must not exhaust memory; limits restart
        }
        var probe = lookups.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(lookupsPerMinute)
                        .refillGreedy(lookupsPerMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }
}
