package com.renewalpost.fulfilment.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One renewal reminder queued: at most one of each kind per line and period (the database's unique key). */
@Entity(name = "RenewalReminder")
@Table(name = "renewal_reminder")
public class Reminder {

    @Id
    @SequenceGenerator(name = "renewal_reminder_seq", sequenceName = "renewal_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_reminder_seq")
    private Long id;

    @Column(name = "line_key")
    private String lineKey;

    /** The line's next expiry when the reminder was due. */
    private LocalDate period;

    @Enumerated(EnumType.STRING)
    private ReminderRule.Kind kind;

    @Column(name = "queued_at")
    private OffsetDateTime queuedAt;

    @Column(name = "email_id")
    private Long emailId;

    protected Reminder() {
    }

    Reminder(String lineKey, LocalDate period, ReminderRule.Kind kind, OffsetDateTime queuedAt, long emailId) {
        this.lineKey = lineKey;
        this.period = period;
        this.kind = kind;
        this.queuedAt = queuedAt;
        this.emailId = emailId;
    }

    public String lineKey() { return lineKey; }
    public LocalDate period() { return period; }
    public ReminderRule.Kind kind() { return kind; }
    public OffsetDateTime queuedAt() { return queuedAt; }
}
