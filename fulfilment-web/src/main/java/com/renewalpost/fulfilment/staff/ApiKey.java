package com.renewalpost.fulfilment.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** An integration's key. The secret itself is shown once at creation and only its hash is kept. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(name = "key_id")
    private String keyId;
    private String name;
    @Column(name = "secret_hash")
    private String secretHash;
    private String scope;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;
    @Version
    private long version;

    protected ApiKey() {
    }

    ApiKey(String keyId, String name, String secretHash, String scope, String createdBy, OffsetDateTime createdAt) {
        this.keyId = keyId;
        this.name = name;
        this.secretHash = secretHash;
        this.scope = scope;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public String keyId() { return keyId; }
    public String name() { return name; }
    String secretHash() { return secretHash; }
    public String scope() { return scope; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime revokedAt() { return revokedAt; }
    public boolean active() { return revokedAt == null; }
}
