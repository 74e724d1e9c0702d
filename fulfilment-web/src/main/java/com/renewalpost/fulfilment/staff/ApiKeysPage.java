package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * Admin page: API keys for integrations. A new key's token is shown in the answer to its creation
 * only, as over the API: it lives in this view until dismissed and is gone on reload, because only
 * its hash is stored. Revoking is immediate.
 */
@Named
@ViewScoped
@AdminOnly
public class ApiKeysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Key(String keyId, String name, String scope, String createdBy, OffsetDateTime createdAt,
                      OffsetDateTime revokedAt) implements Serializable {
        public boolean active() {
            return revokedAt == null;
        }
    }

    @Inject
    ApiKeys apiKeys;

    private List<Key> keys;
    private String name;
    private String scope = Roles.ORDERS_WRITE;
    /** The new key's token, shown this once; transient: never written out with the session. */
    private transient String token;
    private String tokenKeyId;

    @PostConstruct
    void load() {
        keys = apiKeys.all(PageRequest.first(PageRequest.MAX_SIZE)).stream().map(k -> new Key(k.keyId(), k.name(), k.scope(), k.createdBy(), k.createdAt(),
                k.revokedAt())).toList();
    }

    public void create() {
        dismissToken();
        try {
            var created = apiKeys.create(name, scope, AdminPages.actor());
            token = created.token();
            tokenKeyId = created.key().keyId();
            name = null;
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "create");
        }
    }

    /** The person has stored the token: it leaves the page (and this server's memory) for good. */
    public void dismissToken() {
        token = null;
        tokenKeyId = null;
    }

    public void revoke(String keyId) {
        dismissToken();
        try {
            var key = apiKeys.revoke(keyId, AdminPages.actor());
            PageMessages.done(AdminPages.text("keys.revoked", key.keyId(), key.name()));
            load();
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    public List<Key> getKeys() { return keys; }
    public List<String> getScopes() { return List.copyOf(new TreeSet<>(ApiKeys.SCOPES)); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getToken() { return token; }
    public String getTokenKeyId() { return tokenKeyId; }
}
