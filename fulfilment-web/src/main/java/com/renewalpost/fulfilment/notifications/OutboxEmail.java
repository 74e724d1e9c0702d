package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.mail.EmailKind;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer email waiting in, or gone through, the outbox. It holds references only (order,
 * template, recipient): the message carries the activation code, so it is rendered afresh for
 * every attempt and never stored. Its life: {@code PENDING} until the server accepts it
 * ({@code SENT}) or it can never be sent ({@code FAILED}, which needs support's attention).
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail {

    public enum Status { PENDING, SENT, FAILED }

    /** What one attempt changed, for the order's timeline. */
    public sealed interface Settlement permits Sent, WillRetry, Failed, AlreadySettled {
    }

    public record Sent() implements Settlement {
    }

    public record WillRetry(OffsetDateTime at) implements Settlement {
    }

    /** @param gaveUp true when temporary failures lasted past the give-up time */
    public record Failed(boolean gaveUp) implements Settlement {
    }

    /** Another worker's claim had taken over (ours outlived its lease): the attempt is only recorded. */
    public record AlreadySettled() implements Settlement {
    }

    @Id
    @SequenceGenerator(name = "email_outbox_seq", sequenceName = "email_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_outbox_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    private EmailReason reason;

    @Column(name = "send_number")
    private int sendNumber;

    @Column(name = "automatic_for_order")
    private Long automaticForOrder;

    @Enumerated(EnumType.STRING)
    private EmailKind template;

    private String recipient;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "request_note")
    private String requestNote;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "queued_at")
    private OffsetDateTime queuedAt;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "attempt_count")
    private int attemptCount;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Column(name = "last_reply")
    private String lastReply;

    @Version
    private long version;

    /** Made by the constructor, not an initialiser: as {@code Order}'s timeline, a locking read would fill it. */
    @OneToMany(mappedBy = "email", cascade = CascadeType.PERSIST)
    @OrderBy("attemptedAt, id")
    private List<EmailAttempt> attempts;

    protected OutboxEmail() {
    }

    /**
     * @param sendNumber 0 for an automatic email, 1, 2, ... for support's requests of one order
     * @param messageId  derived from a key stable across retries
     */
    OutboxEmail(Order order, EmailReason reason, int sendNumber, EmailKind template, String recipient,
                String messageId, String requestedBy, String requestNote, OffsetDateTime queuedAt) {
        if (reason.automatic() != (sendNumber == 0)) {
            throw new IllegalArgumentException("automatic emails have send number 0, support's and replacement's 1 and up");
        }
        this.order = Objects.requireNonNull(order, "order");
        this.reason = reason;
        this.sendNumber = sendNumber;
        this.template = Objects.requireNonNull(template, "template");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestNote = requestNote;
        this.status = Status.PENDING;
        this.queuedAt = queuedAt;
        this.nextAttemptAt = queuedAt;
        this.attempts = new ArrayList<>();
    }

    @PrePersist
    void markAutomatic() {
        // the database keeps one automatic email per order through this column's unique constraint
        automaticForOrder = reason.automatic() ? order.id() : null;
    }

    /** The key the Message-ID is derived from: the same for every attempt of this email. */
    static String stableKey(String orderNumber, EmailReason reason, int sendNumber) {
        return "order:" + orderNumber + "/" + reason.name() + (reason.automatic() ? "" : "/" + sendNumber);
    }

    /**
     * Records an attempt and moves the email on: accepted is sent; a temporary failure or an
     * unknown outcome waits for the next attempt of the schedule or, past the give-up time, fails;
     * a permanent failure fails.
     *
     * @param ours whether the attempt's worker still holds the claim (else a later claim took over,
     *             and only acceptance may change the email)
     */
    Settlement settle(boolean ours, SmtpOutcome outcome, OffsetDateTime at, RetrySchedule retries) {
        attempts.add(new EmailAttempt(this, at, outcome));
        attemptCount++;
        lastReply = outcome.reply();
        if (ours) {
            claimToken = null;
            claimedUntil = null;
        }
        if (outcome instanceof SmtpOutcome.Accepted) {
            // the server has it, whoever else tried: recording anything else would invite a resend
            if (status != Status.SENT) {
                status = Status.SENT;
                settledAt = at;
            }
            return new Sent();
        }
        if (!ours || status != Status.PENDING) {
            return new AlreadySettled();
        }
        if (outcome instanceof SmtpOutcome.TemporaryFailure || outcome instanceof SmtpOutcome.Unknown) {
            // Unknown: the server may have it, or not; only another attempt makes sure the customer
            // gets it. A pending email has had failures only, so its attempt count is its failure count
            var next = retries.nextAttempt(attemptCount, queuedAt, at);
            if (next.isPresent()) {
                nextAttemptAt = next.get();
                return new WillRetry(nextAttemptAt);
            }
            status = Status.FAILED;
            settledAt = at;
            return new Failed(true);
        }
        status = Status.FAILED;
        settledAt = at;
        return new Failed(false);
    }

    /** Whether the worker that claimed with this token still holds the email. */
    boolean claimedWith(String token) {
        return token != null && token.equals(claimToken);
    }

    public Long id() { return id; }
    public Order order() { return order; }
    public EmailReason reason() { return reason; }
    public int sendNumber() { return sendNumber; }
    public EmailKind template() { return template; }
    public String recipient() { return recipient; }
    public String messageId() { return messageId; }
    public String requestedBy() { return requestedBy; }
    public Optional<String> requestNote() { return Optional.ofNullable(requestNote); }
    public Status status() { return status; }
    public OffsetDateTime queuedAt() { return queuedAt; }
    public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
    public int attemptCount() { return attemptCount; }
    public Optional<OffsetDateTime> settledAt() { return Optional.ofNullable(settledAt); }
    public Optional<String> lastReply() { return Optional.ofNullable(lastReply); }
    public List<EmailAttempt> attempts() { return Collections.unmodifiableList(attempts); }

    /** Only what identifies the row: the recipient and the order's details stay out of logs. */
    @Override
    public String toString() {
        return "OutboxEmail[" + id + ", " + reason + ", " + status + "]";
    }
}
