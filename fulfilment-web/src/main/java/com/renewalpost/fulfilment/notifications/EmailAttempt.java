package com.renewalpost.fulfilment.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One try at handing an outbox email to the mail server. Written once, never changed. */
@Entity
@Table(name = "email_attempt")
public class EmailAttempt {

    /** {@code OUTCOME_UNKNOWN}: the connection broke after the message went out, before the verdict. */
    public enum Outcome { ACCEPTED, TEMPORARY_FAILURE, OUTCOME_UNKNOWN, PERMANENT_FAILURE }

    @Id
    @SequenceGenerator(name = "email_attempt_seq", sequenceName = "email_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_attempt_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "email_id")
    private OutboxEmail email;

    @Column(name = "attempted_at")
    private OffsetDateTime attemptedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String reply;

    protected EmailAttempt() {
    }

    EmailAttempt(OutboxEmail email, OffsetDateTime attemptedAt, SmtpOutcome outcome) {
        this.email = email;
        this.attemptedAt = attemptedAt;
        this.outcome = outcomeOf(outcome);
        this.reply = outcome.reply();
    }

    static Outcome outcomeOf(SmtpOutcome outcome) {
        // SmtpOutcome is sealed to these four kinds
        if (outcome instanceof SmtpOutcome.Accepted) {
            return Outcome.ACCEPTED;
        }
        if (outcome instanceof SmtpOutcome.Unknown) {
            return Outcome.OUTCOME_UNKNOWN;
        }
        return outcome instanceof SmtpOutcome.PermanentFailure ? Outcome.PERMANENT_FAILURE : Outcome.TEMPORARY_FAILURE;
    }

    public OffsetDateTime attemptedAt() { return attemptedAt; }
    public Outcome outcome() { return outcome; }
    public String reply() { return reply; }
}
