package com.renewalpost.fulfilment.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One sensitive act: who, when, what, on what, from where. Never updated, never deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private OffsetDateTime occurredAt;
    @Column(updatable = false)
    private String actor;
    @Column(updatable = false)
    private String action;
    @Column(updatable = false)
    private String subject;
    @Column(updatable = false)
    private String detail;
    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, String subject, String detail,
               String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 100);
        this.action = action.name();
        this.subject = clip(subject, 200);
        this.detail = clip(detail, 1000);
        this.clientAddress = clip(clientAddress, 64);
    }

    /** What a failed login types in is not ours to choose: keep it within the column. */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public OffsetDateTime occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String subject() { return subject; }
    public String detail() { return detail; }
    public String clientAddress() { return clientAddress; }
}
