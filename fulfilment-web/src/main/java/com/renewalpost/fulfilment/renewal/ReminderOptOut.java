package com.renewalpost.fulfilment.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A line whose customer asked for no more renewal reminders (kept by line key: it outlives the line's row). */
@Entity(name = "RenewalReminderOptOut")
@Table(name = "renewal_reminder_optout")
public class ReminderOptOut {

    @Id
    @Column(name = "line_key")
    private String lineKey;

    @Column(name = "unsubscribed_at")
    private OffsetDateTime unsubscribedAt;

    protected ReminderOptOut() {
    }

    ReminderOptOut(String lineKey, OffsetDateTime unsubscribedAt) {
        this.lineKey = lineKey;
        this.unsubscribedAt = unsubscribedAt;
    }

    public String lineKey() { return lineKey; }
    public OffsetDateTime unsubscribedAt() { return unsubscribedAt; }
}
