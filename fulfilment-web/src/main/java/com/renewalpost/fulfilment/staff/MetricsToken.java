package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token a monitoring system reads {@code /metrics} with ({@code fulfilment.metrics.token}).
 * Configuration rather than an API key in the database: the metrics matter most while the
 * database is in trouble, and checking this token needs no database. Unset: only admins read them.
 */
@ApplicationScoped
public class MetricsToken {

    /** As long as 24 random bytes in hex or base64: too long to guess. */
    static final int MIN_LENGTH = 32;

    @Inject
    @ConfigProperty(name = "fulfilment.metrics.token")
    Optional<String> token;

    /** Refuses a token too short to be a secret, so that the deployment stops with the key's name. */
    public void check() {
        if (token.filter(t -> t.strip().length() < MIN_LENGTH).isPresent()) {
            throw new IllegalStateException("fulfilment.metrics.token must be at least " + MIN_LENGTH
                    + " characters (e.g. openssl rand -hex 32)");
        }
    }

    /** Whether the presented bearer token is the metrics token, compared in constant time. */
    public boolean matches(String presented) {
        return token.map(String::strip).filter(t -> t.length() >= MIN_LENGTH)
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
