package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.codes.ActivationCode;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.ReplacementSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outbox table: emails go in within the transaction of their cause, the worker claims, renders
 * and settles them, support reads them. Every row and every attempt also leaves a line on the
 * order's timeline.
 */
@ApplicationScoped
@Transactional
public class Outbox {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Outbox.class.getName());

    /** The timeline's actor for delivery attempts. */
    static final String WORKER = "email-outbox";
    /** The order's letter has been handed to the post: a replacement-sent email may go. */
    private static final List<OrderStatus> LETTER_POSTED = List.of(OrderStatus.POSTED, OrderStatus.DELIVERED,
            OrderStatus.RETURNED, OrderStatus.LOST);
    /** A failed email stays on support's list until the order is sent another email. */
    private static final String NOTHING_SENT_SINCE = "NOT EXISTS ("
            + "SELECT l.id FROM OutboxEmail l WHERE l.order = e.order AND l.queuedAt > e.queuedAt) ";

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    CodeStock codes;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    RetrySchedule retries;
    @Inject
    CodeEmailMessages messages;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    // ---- queueing ----

    /**
     * Queues the automatic code email the order is due today, if any, in the caller's transaction
     * (the one that changed the order). The caller holds the order's row lock, so two transactions
     * cannot both find it without an email; the unique key would stop the second anyway.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutboxEmail> queueIfDue(Order order, String actor) {
        var today = today();
        // most allocations (a print run makes thousands) concern plans far from expiry: no queries for those
        boolean mayBeDue = order.status() == OrderStatus.POSTED || order.planExpiresOn()
                .filter(expiry -> !expiry.isAfter(today.plusDays(rules.atRiskDays()))).isPresent();
        if (!mayBeDue) {
            return Optional.empty();
        }
        var postedOn = PostingDates.postedOn(order, clock.getZone());
        var transitDays = deliveryStandards.transitDays(order.address().countryCode(), order.postalService());
        var letter = new CodeEmailRules.Letter(order.status(), postedOn.orElse(null), transitDays,
                order.planExpiresOn().orElse(null), holdsCode(order), automaticEmailOf(order));
        return rules.due(letter, today).map(reason -> queue(order, reason, 0, actor, null,
                reason == EmailReason.DELAYED
                        ? Message.of("email.due.delayed", postedOn.orElseThrow().toString(),
                        rules.lateAfter(postedOn.orElseThrow(), transitDays).toString())
                        : Message.of("email.due.atRisk", order.planExpiresOn().orElseThrow().toString())));
    }

    /** For the check, which looked without locks: locks the order, looks again, queues if still due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxEmail> queueIfStillDue(long orderId, String actor) {
        var order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        return order == null ? Optional.empty() : queueIfDue(order, actor);
    }

    /**
     * The same for several orders in one transaction, locked in the given order (the check gives
     * them sorted, so that two instances checking at once cannot deadlock); how many were queued.
     * One commit per batch rather than per order: the commit was the largest part of the check's time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queueIfStillDue(List<Long> orderIds, String actor) {
        int queued = 0;
        for (long orderId : orderIds) {
            var order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
            if (order != null && queueIfDue(order, actor).isPresent()) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * Support's code email: the only way an order gets a code email beyond its automatic one.
     * The reason is kept with the email and on the timeline.
     */
    @Transactional
    public EmailView queueBySupport(OrderNumber number, String reason, String actor) {
        reason = supportReason(reason);
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> new ProblemException(
                ProblemDetail.of(Response.Status.NOT_FOUND, "unknown-order", Message.of("order.unknown", number))));
        if (order.status() == OrderStatus.CANCELLED) {
            throw conflict("order-cancelled", Message.of("email.cancelled", number));
        }
        if (!holdsCode(order)) {
            throw conflict("no-code", Message.of("email.noCode", number));
        }
        int sendNumber = em.createQuery("SELECT COALESCE(MAX(e.sendNumber), 0) FROM OutboxEmail e WHERE e.order = :o "
                                + "AND e.reason = :support", Integer.class)
                .setParameter("o", order).setParameter("support", EmailReason.SUPPORT).getSingleResult() + 1;
        var email = queue(order, EmailReason.SUPPORT, sendNumber, actor, reason, Message.of("email.requestedBy", actor, reason));
        audit.record(actor, AuditAction.SUPPORT_EMAIL, number.value(), reason);
        return EmailView.of(email, false);
    }

    /** The longest reason support may give (it is kept with the email). */
    static final int MAX_SUPPORT_REASON = 500;

    /** The reason as kept, or a problem naming the field when there is none or it does not fit. */
    private static String supportReason(String reason) {
        var why = reason == null ? "" : reason.strip();
        Message problem = null;
        if (why.isEmpty()) {
            problem = Message.of("email.reasonRequired");
        } else if (why.length() > MAX_SUPPORT_REASON) {
            problem = Message.of("email.reasonTooLong", MAX_SUPPORT_REASON);
        } else if (why.chars().anyMatch(Character::isISOControl)) {
            problem = Message.of("email.reasonOneLine");
        }
        if (problem != null) {
            throw new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-request",
                    Message.of("email.needsReason")).withErrors(null, List.of(new ProblemDetail.FieldText("reason", problem))));
        }
        return why;
    }

    /**
     * The "replacement sent" email of a replacement order, in the caller's transaction (the reship).
     * It waits in the outbox until the replacement letter is posted (see {@link #due}), so that it
     * gives the real posting date. It carries no code; the cause is kept as the request note.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEmail queueReplacementSent(Order replacement, ReplacementSent.Reason cause, String actor) {
        return queue(replacement, EmailReason.REPLACEMENT, 1, actor, cause.name(),
                Message.of("email.replacement", Message.of("cause." + cause.name().toLowerCase(Locale.ROOT))));
    }

    /** Whether a code email of the order waits to be sent: the customer has been promised the code it holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean codeEmailWaits(Order order) {
        return !waitingCodeEmails(order).isEmpty();
    }

    private List<OutboxEmail> waitingCodeEmails(Order order) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o AND e.status = :pending", OutboxEmail.class)
                .setParameter("o", order).setParameter("pending", OutboxEmail.Status.PENDING)
                .getResultStream().filter(e -> e.template().carriesCode()).toList();
    }

    private OutboxEmail queue(Order order, EmailReason reason, int sendNumber, String actor, String note,
                              Message why) {
        var at = now();
        var template = template(order, reason);
        var key = OutboxEmail.stableKey(order.number().value(), reason, sendNumber);
        var email = new OutboxEmail(order, reason, sendNumber, template, order.customer().email(),
                messages.messageIdFor(key), actor, note, at);
        em.persist(email);
        order.record(TimelineEntry.Kind.EMAIL, actor, Message.of("timeline.emailQueued",
                Message.of("email.reason." + reason.name()), email.recipient(), why), at);
        return email;
    }

    /** Support's email says "late" once the letter is posted, else "before your plan expires". */
    private EmailKind template(Order order, EmailReason reason) {
        return switch (reason) {
            case REPLACEMENT -> EmailKind.REPLACEMENT_SENT;
            case DELAYED -> EmailKind.CODE_DELAYED;
            case AT_RISK -> EmailKind.CODE_AT_RISK;
            case SUPPORT -> {
                if (PostingDates.postedOn(order, clock.getZone()).isPresent()) {
                    yield EmailKind.CODE_DELAYED;
                }
                if (order.planExpiresOn().isPresent()) {
                    yield EmailKind.CODE_AT_RISK;
                }
                throw conflict("no-email-template", Message.of("email.noTemplate", order.number()));
            }
        };
    }

    // ---- the check ----

    /**
     * What the check found: how many orders it looked at (a code, no automatic email yet, posted or
     * with a plan expiring soon) and which of them the rules say are due an email today.
     */
    public record Candidates(int lookedAt, List<Long> due) {
    }

    /**
     * The orders that are due an automatic code email today, looked up without locks: a code, no
     * automatic email yet, and posted or with a plan expiring soon; then the rules decide.
     */
    @Transactional
    public Candidates dueForCheck() {
        var today = today();
        var standards = deliveryStandards.table();
        List<Long> due = new ArrayList<>();
        int lookedAt = 0;
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.status, o.address.countryCode, o.postalService, o.planExpiresOn, "
                                + "MAX(t.occurredAt) FROM Order o "
                                + "LEFT JOIN o.timeline t ON t.kind = :transition AND t.toStatus = :posted "
                                + "WHERE o.status NOT IN :finished "
                                + "AND (o.status = :posted OR o.planExpiresOn <= :horizon) "
                                + "AND EXISTS (SELECT c.id FROM ActivationCode c WHERE c.orderId = o.id "
                                + "AND c.status = :allocated) "
                                + "AND NOT EXISTS (SELECT e.id FROM OutboxEmail e WHERE e.automaticForOrder = o.id) "
                                + "GROUP BY o.id, o.status, o.address.countryCode, o.postalService, o.planExpiresOn",
                        Object[].class)
                .setParameter("transition", TimelineEntry.Kind.TRANSITION)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("finished", List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED))
                .setParameter("horizon", today.plusDays(rules.atRiskDays()))
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getResultList()) {
            lookedAt++;
            var postedAt = (OffsetDateTime) row[5];
            var letter = new CodeEmailRules.Letter((OrderStatus) row[1],
                    postedAt == null ? null : PostingDates.day(postedAt, clock.getZone()),
                    standards.transitDays((String) row[2], (PostalService) row[3]), (LocalDate) row[4], true, false);
            if (rules.due(letter, today).isPresent()) {
                due.add(((Number) row[0]).longValue());
            }
        }
        return new Candidates(lookedAt, due);
    }

    // ---- the worker's steps, each its own transaction ----

    /**
     * Pending emails whose time has come and that nobody holds, oldest first. A replacement-sent
     * email's time comes when its letter has been posted.
     */
    @Transactional
    public List<Long> due(int max) {
        var now = now();
        return em.createQuery("SELECT e.id FROM OutboxEmail e WHERE e.status = :pending AND e.nextAttemptAt <= :now "
                        + "AND (e.claimedUntil IS NULL OR e.claimedUntil < :now) "
                        + "AND (e.reason <> :replacement OR e.order.status IN :posted) ORDER BY e.nextAttemptAt, e.id",
                        Long.class)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("replacement", EmailReason.REPLACEMENT)
                .setParameter("posted", LETTER_POSTED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims one email for {@code lease} by a conditional update: of several workers (threads or
     * instances) asking at once, exactly one changes the row and gets true.
     */
    @Transactional
    public boolean claim(long id, String token, Duration lease) {
        var now = now();
        return em.createQuery("UPDATE OutboxEmail e SET e.claimToken = :token, e.claimedUntil = :until, "
                        + "e.version = e.version + 1 WHERE e.id = :id AND e.status = :pending "
                        + "AND e.nextAttemptAt <= :now AND (e.claimedUntil IS NULL OR e.claimedUntil < :now)")
                .setParameter("token", token)
                .setParameter("until", now.plus(lease))
                .setParameter("id", id)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Renders the claimed email; the code is decrypted here and lives only in the message. */
    @Transactional
    public CodeEmailMessages.Composition compose(long id, Session session) {
        var email = em.find(OutboxEmail.class, id);
        var order = email.order();
        var postedOn = PostingDates.postedOn(order, clock.getZone());
        if (email.template() == EmailKind.REPLACEMENT_SENT) {
            var transitDays = deliveryStandards.transitDays(order.address().countryCode(), order.postalService());
            return messages.composeReplacement(email, order, postedOn, transitDays, session);
        }
        // a reship may have moved the code on to the replacement: a code email already promised still carries it
        return messages.compose(email, order, codes.plainCodeOwedTo(order), postedOn, session);
    }

    /** Records the attempt on the email and on the order's timeline, and moves the email on. */
    @Transactional
    public OutboxEmail.Settlement settle(long id, String token, SmtpOutcome outcome) {
        var at = now();
        // the order first, as everywhere else, then the email: no two transactions wait on each other in a circle
        long orderId = em.createQuery("SELECT e.order.id FROM OutboxEmail e WHERE e.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        var order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        var email = em.find(OutboxEmail.class, id, LockModeType.PESSIMISTIC_WRITE);
        var settlement = email.settle(email.claimedWith(token), outcome, at, retries);
        order.record(TimelineEntry.Kind.EMAIL, WORKER, attemptLine(email, outcome, settlement), at);
        if (!(outcome instanceof SmtpOutcome.Accepted)) {
            var attempt = email.attemptCount();
            LOG.info(() -> "Email " + id + " attempt " + attempt + ": " + SmtpCause.of(outcome) + "; raw: " + outcome.reply());
        }
        return settlement;
    }

    private static Message attemptLine(OutboxEmail email, SmtpOutcome outcome, OutboxEmail.Settlement settlement) {
        var what = Message.of("email.reason." + email.reason().name());
        if (settlement instanceof OutboxEmail.Sent) {
            // accepted says it all: the cause would only repeat it
            return Message.of("timeline.emailAccepted", what, email.recipient(), email.attemptCount());
        }
        Message result;
        if (settlement instanceof OutboxEmail.WillRetry retry) {
            result = outcome instanceof SmtpOutcome.Unknown ? Message.of("email.attempt.unknown", retry.at())
                    : Message.of("email.attempt.retry", retry.at());
        } else if (settlement instanceof OutboxEmail.Failed failed) {
            result = Message.of(failed.gaveUp() ? "email.attempt.gaveUp" : "email.attempt.refused");
        } else {
            result = Message.of("email.attempt.late");
        }
        // plain words on the timeline; the raw reply goes to the server log only (settle)
        return Message.of("timeline.emailAttempt", what, email.recipient(), email.attemptCount(), result,
                SmtpCause.of(outcome));
    }

    // ---- reading ----

    /** The order's emails, oldest first, each with its attempts. */
    @Transactional
    public List<EmailView> emailsOf(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> new ProblemException(
                ProblemDetail.of(Response.Status.NOT_FOUND, "unknown-order", Message.of("order.unknown", number))));
        var emails = em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o ORDER BY e.queuedAt, e.id",
                        OutboxEmail.class)
                .setParameter("o", order).getResultList();
        List<EmailView> views = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            var e = emails.get(i);
            boolean last = i == emails.size() - 1;
            views.add(EmailView.of(e, last && e.status() == OutboxEmail.Status.FAILED));
        }
        return views;
    }

    /** Emails that failed for good with nothing sent to their order since: support's to-do list. */
    @Transactional
    public List<EmailView> needingAttention(PageRequest page) {
        return page.of(em.createQuery("SELECT e FROM OutboxEmail e WHERE e.status = :failed AND " + NOTHING_SENT_SINCE
                                + "ORDER BY e.settledAt, e.id", OutboxEmail.class)
                .setParameter("failed", OutboxEmail.Status.FAILED))
                .stream().map(e -> EmailView.of(e, true)).toList();
    }

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

    @Transactional
    public Backlog backlog() {
        var pending = em.createQuery("SELECT COUNT(e), SUM(CASE WHEN e.attemptCount > 0 THEN 1 ELSE 0 END), "
                        + "MIN(e.queuedAt) FROM OutboxEmail e WHERE e.status = :pending "
                        + "AND (e.reason <> :replacement OR e.order.status IN :posted)", Object[].class)
                .setParameter("pending", OutboxEmail.Status.PENDING)
                .setParameter("replacement", EmailReason.REPLACEMENT)
                .setParameter("posted", LETTER_POSTED)
                .getSingleResult();
        long needingAttention = em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.status = :failed AND "
                        + NOTHING_SENT_SINCE, Long.class)
                .setParameter("failed", OutboxEmail.Status.FAILED)
                .getSingleResult();
        return new Backlog(((Number) pending[0]).longValue(), pending[1] == null ? 0 : ((Number) pending[1]).longValue(),
                (OffsetDateTime) pending[2], needingAttention);
    }

    /** The backlog beside the mail server's last answer: whether email is going out. */
    @Transactional
    public MailFlow mailFlow() {
        var backlog = backlog();
        var waited = backlog.oldestQueuedAt() == null ? Duration.ZERO : Duration.between(backlog.oldestQueuedAt(), now());
        // the newest attempt by id, through the primary key: the attempts table grows with every try
        var last = em.createQuery("SELECT a FROM EmailAttempt a WHERE a.id = (SELECT MAX(b.id) FROM EmailAttempt b)",
                EmailAttempt.class).getResultStream().findFirst();
        return new MailFlow(backlog.pending(), backlog.retrying(), waited.isNegative() ? Duration.ZERO : waited,
                last.map(EmailAttempt::attemptedAt).orElse(null), last.map(EmailAttempt::outcome).orElse(null),
                last.map(a -> MailFlow.Answer.of(a.outcome(), a.reply())).orElse(null));
    }

    // ---- shared ----

    private boolean holdsCode(Order order) {
        return em.createQuery("SELECT COUNT(c) FROM ActivationCode c WHERE c.orderId = :o AND c.status = :allocated",
                        Long.class)
                .setParameter("o", order.id())
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getSingleResult() > 0;
    }

    private boolean automaticEmailOf(Order order) {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.automaticForOrder = :o", Long.class)
                .setParameter("o", order.id()).getSingleResult() > 0;
    }

    private static ProblemException conflict(String type, Text detail) {
        return new ProblemException(Response.Status.CONFLICT, type, detail);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
