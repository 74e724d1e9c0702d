package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys for integrations: {@code rp_<key id>_<secret>}. The key id finds the row, the secret
 * (256 random bits) is compared by its SHA-256 in constant time.
 */
@ApplicationScoped
@Transactional
public class ApiKeys {

    static final Set<String> SCOPES = Set.of(Roles.ORDERS_WRITE);
    private static final String PREFIX = "rp_";
    private final SecureRandom random = new SecureRandom();

    /** A new key: {@code token} is the only time the secret is ever shown. */
    public record Created(ApiKey key, String token) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Created create(String name, String scope, String actor) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw invalid(Message.of("apikey.name"));
        }
        if (scope == null || !SCOPES.contains(scope)) {
            throw invalid(Message.of("apikey.scope", SCOPES.toString()));
        }
        var keyId = HexFormat.of().formatHex(bytes(5));
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        var key = new ApiKey(keyId, name.strip(), sha256(secret), scope, actor, now());
        em.persist(key);
        audit.record(actor, AuditAction.API_KEY_CREATED, keyId, Message.of("audit.apiKey", name.strip(), scope));
        return new Created(key, PREFIX + keyId + "_" + secret);
    }

    /** The active key a presented token belongs to, if it is genuine. */
    @Transactional
    public Optional<ApiKey> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        var rest = token.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0) {
            return Optional.empty();
        }
        var keyId = rest.substring(0, separator);
        var presented = sha256(rest.substring(separator + 1)).getBytes(StandardCharsets.US_ASCII);
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.keyId = :id", ApiKey.class)
                .setParameter("id", keyId).getResultStream().findFirst()
                .filter(ApiKey::active)
                .filter(k -> MessageDigest.isEqual(k.secretHash().getBytes(StandardCharsets.US_ASCII), presented));
    }

    @Transactional
    public List<ApiKey> all(PageRequest page) {
        return page.of(em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class));
    }

    public long count() {
        return em.createQuery("SELECT COUNT(k) FROM ApiKey k", Long.class).getSingleResult();
    }

    @Transactional
    public ApiKey revoke(String keyId, String actor) {
        var key = em.createQuery("SELECT k FROM ApiKey k WHERE k.keyId = :id", ApiKey.class)
                .setParameter("id", keyId).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("unknown-key",
                        Message.of("apikey.unknown", keyId)));
        key.revoke(now());
        audit.record(actor, AuditAction.API_KEY_REVOKED, keyId, key.name());
        return key;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainException invalid(Message detail) {
        return DomainException.invalid("invalid-api-key", detail);
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
