package com.renewalpost.fulfilment.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;

/**
 * Password hashes with Jakarta Security's PBKDF2 (HMAC-SHA256, 600,000 iterations or more,
 * random salt). A stored hash made with fewer iterations than configured is upgraded at the
 * next successful login. A password that matched lately is not hashed again ({@link RecentPasswordChecks}): HTTP
 * Basic sends it with every request.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the configuration may raise it, never lower it. */
    static final int MIN_ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;
    @Inject
    @ConfigProperty(name = "fulfilment.passwords.iterations", defaultValue = "600000")
    int iterations;
    @Inject
    Clock clock;

    private RecentPasswordChecks recent;

    @PostConstruct
    void init() {
        recent = new RecentPasswordChecks(clock);
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(iterations, MIN_ITERATIONS)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (recent.matchedLately(password, storedHash)) {
            return true;
        }
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash);
        if (matches) {
            recent.matched(password, storedHash);
        }
        return matches;
    }

    /** Whether the stored hash ({@code algorithm:iterations:salt:hash}) is weaker than today's setting. */
    public boolean needsUpgrade(String storedHash) {
        var parts = storedHash.split(":");
        return parts.length != 4 || !parts[0].equals("PBKDF2WithHmacSHA256")
                || Integer.parseInt(parts[1]) < Math.max(iterations, MIN_ITERATIONS);
    }
}
