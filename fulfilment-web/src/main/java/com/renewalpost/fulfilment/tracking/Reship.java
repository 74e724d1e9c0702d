package com.renewalpost.fulfilment.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The link between a lost or returned letter's order and its replacement. Written once. */
@Entity
@Table(name = "reship")
public class Reship {

    public enum Cause { LOST, RETURNED }

    /** What became of the first letter's code. */
    public enum CodeDecision {
        /** Exposed and never emailed: voided; the replacement gets a new one. */
        VOIDED,
        /** The customer already had it by email: the replacement carries the same code. */
        KEPT,
        /** The first order held no code. */
        NONE
    }

    @Id
    @SequenceGenerator(name = "reship_seq", sequenceName = "reship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reship_seq")
    private Long id;

    @Column(name = "original_order_id")
    private Long originalOrderId;

    @Column(name = "replacement_order_id")
    private Long replacementOrderId;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_decision")
    private CodeDecision codeDecision;

    @Column(name = "voided_code_id")
    private Long voidedCodeId;

    private String reason;

    private String actor;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected Reship() {
    }

    Reship(long originalOrderId, long replacementOrderId, Cause cause, CodeDecision codeDecision, Long voidedCodeId,
           String reason, String actor, OffsetDateTime occurredAt) {
        this.originalOrderId = originalOrderId;
        this.replacementOrderId = replacementOrderId;
        this.cause = cause;
        this.codeDecision = codeDecision;
        this.voidedCodeId = voidedCodeId;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    public Long originalOrderId() { return originalOrderId; }
    public Long replacementOrderId() { return replacementOrderId; }
    public Cause cause() { return cause; }
    public CodeDecision codeDecision() { return codeDecision; }
    public Long voidedCodeId() { return voidedCodeId; }
    public String reason() { return reason; }
    public String actor() { return actor; }
    public OffsetDateTime occurredAt() { return occurredAt; }
}
