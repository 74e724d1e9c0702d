package com.renewalpost.fulfilment.notifications;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An outbox email as the REST API shows it: what was queued, why, by whom, and every attempt
 * with the server's reply. Never the message: it carries the activation code.
 *
 * @param needsAttention it failed for good and nothing has been sent to the order since
 * @param nextAttemptAt  while pending, when the worker tries next
 */
public record EmailView(long id, String orderNumber, String reason, String template, String recipient,
                        String messageId, String status, boolean needsAttention, OffsetDateTime queuedAt,
                        String requestedBy, String requestNote, int attemptCount, OffsetDateTime nextAttemptAt,
                        OffsetDateTime settledAt, String lastReply, List<AttemptView> attempts)
                                implements Serializable {

    public record AttemptView(OffsetDateTime at, String outcome, String reply) implements Serializable {

        /** What the attempt came to in plain words (key {@code SmtpCause.*}), for pages: never the raw reply. */
        public String cause() {
            return SmtpCause.of(EmailAttempt.Outcome.valueOf(outcome), reply).name();
        }
    }

    /** The last attempt's outcome in plain words (key {@code SmtpCause.*}); null before the first attempt. */
    public String lastCause() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1).cause();
    }

    static EmailView of(OutboxEmail e, boolean needsAttention) {
        return new EmailView(e.id(), e.order().number().value(), e.reason().name(), e.template().name(),
                e.recipient(), e.messageId(), e.status().name(), needsAttention, e.queuedAt(), e.requestedBy(),
                e.requestNote().orElse(null), e.attemptCount(),
                e.status() == OutboxEmail.Status.PENDING ? e.nextAttemptAt() : null, e.settledAt().orElse(null),
                e.lastReply().orElse(null),
                e.attempts().stream().map(a -> new AttemptView(a.attemptedAt(), a.outcome().name(), a.reply())).toList());
    }
}
