package com.renewalpost.fulfilment.staff;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords that matched their stored hash a short while ago, so that a script sending its password with every
 * request (HTTP Basic) does not pay PBKDF2's 600,000 iterations (about 160 ms of CPU) each time.
 *
 * <p>Only successes are remembered: a wrong password is always hashed, so the slow-down of failed logins counts
 * every one. An entry is an HMAC, under a random key of this process, of the stored hash and the password: neither
 * is kept, and a dump of the memory alone lets no one test guesses offline once the key is gone. The stored hash in
 * the entry means a new password (or a rehash with more iterations, a new salt) never meets an old entry; whether
 * the account may log in (enabled, slow-downs) is decided by the caller on every request, as before.
 */
final class RecentPasswordChecks {

    /** Short: a remembered check is a few minutes of cheaper guessing for whoever dumps the memory meanwhile. */
    static final Duration LIFETIME = Duration.ofMinutes(2);
    /** Many more than the staff using Basic at once; when full, the lapsed go (all, if none has lapsed). */
    static final int MOST = 1000;

    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Instant> matchedUntil = new ConcurrentHashMap<>();

    RecentPasswordChecks(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password matched this stored hash less than {@link #LIFETIME} ago. */
    boolean matchedLately(String password, String storedHash) {
        var until = matchedUntil.get(entry(password, storedHash));
        return until != null && clock.instant().isBefore(until);
    }

    /** This password has just matched this stored hash (never called for a failure). */
    void matched(String password, String storedHash) {
        var now = clock.instant();
        if (matchedUntil.size() >= MOST) {
            matchedUntil.values().removeIf(until -> !now.isBefore(until));
            if (matchedUntil.size() >= MOST) {
                matchedUntil.clear(); // each then pays one hash again: rare, and never wrong
            }
        }
        matchedUntil.put(entry(password, storedHash), now.plus(LIFETIME));
    }

    int size() {
        return matchedUntil.size();
    }

    private String entry(String password, String storedHash) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // the hash first and with its length: no other pair of hash and password gives the same input
            mac.update((storedHash.length() + ":" + storedHash + ":").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
