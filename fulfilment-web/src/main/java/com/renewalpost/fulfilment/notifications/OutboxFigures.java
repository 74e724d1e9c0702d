package com.renewalpost.fulfilment.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The outbox in figures: its backlog for the metrics, the dashboard and support's list, and the
 * mail flow behind the banner that says email is stuck ({@link MailOutageNotice}).
 */
@ApplicationScoped
@Transactional
public class OutboxFigures {

    /**
     * The outbox at a glance, for operations: emails waiting to be sent (a replacement-sent email
     * only once its letter is posted), those among them that have failed at least once, the oldest
     * one's queueing time, and the failed emails on support's list. Counted in the database, so
     * every instance sees the same figures.
     *
     * @param oldestQueuedAt null when nothing waits
     */
    public record Backlog(long pending, long retrying, OffsetDateTime oldestQueuedAt, long needingAttention) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public Backlog backlog() {
        var pending = em.createQuery("SELECT COUNT(e), SUM(CASE WHEN e.attemptCount > 0 THEN 1 ELSE 0 END), "
                        + "MIN(e.queuedAt) FROM OutboxEmail e WHERE e.status = :pending "
                        + "AND (e.reason <> :replacement OR e.order.status IN :posted)", Object[].class)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("replacement", EmailReason.REPLACEMENT)
                .setParameter("posted", EmailSending.LETTER_POSTED)
                .getSingleResult();
        long needingAttention = em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.status = :failed AND "
                        + OrderEmails.NOTHING_SENT_SINCE, Long.class)
                .setParameter("failed", OutboxEmail.Status.FAILED)
                .getSingleResult();
        return new Backlog(((Number) pending[0]).longValue(), pending[1] == null ? 0 : ((Number) pending[1]).longValue(),
                (OffsetDateTime) pending[2], needingAttention);
    }

    /** The backlog beside the mail server's last answer: whether email is going out. */
    public MailFlow mailFlow() {
        var backlog = backlog();
        var waited = backlog.oldestQueuedAt() == null ? Duration.ZERO
                : Duration.between(backlog.oldestQueuedAt(), OffsetDateTime.now(clock));
        // the newest attempt by id, through the primary key: the attempts table grows with every try
        var last = em.createQuery("SELECT a FROM EmailAttempt a WHERE a.id = (SELECT MAX(b.id) FROM EmailAttempt b)",
                EmailAttempt.class).getResultStream().findFirst();
        return new MailFlow(backlog.pending(), backlog.retrying(), waited.isNegative() ? Duration.ZERO : waited,
                last.map(EmailAttempt::attemptedAt).orElse(null), last.map(EmailAttempt::outcome).orElse(null),
                last.map(a -> MailFlow.Answer.of(a.outcome(), a.reply())).orElse(null));
    }
}
