package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.fulfilment.orders.PostPayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The sending worker's steps ({@link OutboxWorker}), each its own transaction: find the emails due,
 * claim one, render it, settle the attempt on the email and on the order's timeline.
 */
@ApplicationScoped
@Transactional
public class EmailSending {

    private static final Logger LOG = Logger.getLogger(EmailSending.class.getName());

    /** The timeline's actor for delivery attempts. */
    static final String WORKER = "email-outbox";
    /** The order's letter has been handed to the post: a replacement-sent email may go. */
    static final List<OrderStatus> LETTER_POSTED = List.of(OrderStatus.POSTED, OrderStatus.DELIVERED,
            OrderStatus.RETURNED, OrderStatus.LOST);

    @PersistenceContext
    EntityManager em;
    @Inject
    CodeStock codes;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    RetrySchedule retries;
    @Inject
    CodeEmailMessages messages;
    @Inject
    ReminderFacts reminderFacts;
    @Inject
    Clock clock;
    @Inject
    PostPayments postPayments;

    /**
     * Pending emails whose time has come and that nobody holds, oldest first. A replacement-sent
     * email's time comes when its letter has been posted.
     */
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
    public CodeEmailMessages.Composition compose(long id, Session session) {
        var email = em.find(OutboxEmail.class, id);
        var order = email.order();
        var postedOn = order.postedOn();
        if (email.template() == EmailKind.BALANCE_DUE) {
            return messages.composeBalanceDue(email, order, postPayments.check(order), session);
        }
        if (email.template() == EmailKind.CONFIRMATION_CODE) {
            return messages.composeConfirmation(email, order, codes.plainConfirmationCodeOf(order), session);
        }
        if (email.template() == EmailKind.REPLACEMENT_SENT) {
            var transitDays = deliveryStandards.transitDays(order.address().countryCode(), order.postalService());
            return messages.composeReplacement(email, order, postedOn, transitDays, session);
        }
        if (email.template() == EmailKind.RENEWAL_REMINDER) {
            return messages.composeReminder(email, order, reminderFacts.of(order, email.requestNote().orElse("")),
                    session);
        }
        if (email.template() == EmailKind.NEXT_CARD_ON_ITS_WAY) {
            return messages.composeNextCard(email, order, session);
        }
        // a reship may have moved the code on to the replacement: a code email already promised still carries it
        return messages.compose(email, order, codes.plainCodeOwedTo(order), postedOn, session);
    }

    /** Records the attempt on the email and on the order's timeline, and moves the email on. */
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

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
