package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.MessageColumn;
import com.renewalpost.fulfilment.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Locale;

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
    /** The detail in English (people's words as they wrote them); what the text search looks in. */
    @Column(updatable = false)
    private String detail;
    /** The detail as the system worded it, for each reader's language (null for people's words, or before V15). */
    @Convert(converter = MessageColumn.class)
    @Column(name = "detail_message", updatable = false)
    private Message detailMessage;
    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, String subject, Text detail,
               String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 100);
        this.action = action.name();
        this.subject = clip(subject, 200);
        this.detail = detail == null ? null : clip(detail.in(Locale.ENGLISH), 1000);
        this.detailMessage = detail instanceof Message message ? message : null;
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
    /** The detail in the reader's language where the system worded it. */
    public String detail(Locale locale) { return detailMessage != null ? detailMessage.in(locale) : detail; }
    public String clientAddress() { return clientAddress; }
}
