package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.codes.ActivationCode;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.ReplacementSent;
import com.renewalpost.fulfilment.orders.BalanceDue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Queueing an email in the outbox: the automatic code email an order is due, support's code email
 * and the replacement-sent email. An email goes in within the transaction of its cause, and
 * leaves a line on the order's timeline; {@link EmailSending} takes it from there.
 */
@ApplicationScoped
@Transactional
public class EmailQueue {

    /** The longest reason support may give (it is kept with the email). */
    static final int MAX_SUPPORT_REASON = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    CodeEmailMessages messages;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    CodeStock codes;

    /**
     * Queues the automatic code email the order is due today, if any, in the caller's transaction
     * (the one that changed the order). The caller holds the order's row lock, so two transactions
     * cannot both find it without an email; the unique key would stop the second anyway.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutboxEmail> queueIfDue(Order order, String actor) {
        var today = LocalDate.now(clock);
        // most allocations (a print run makes thousands) concern plans far from expiry: no queries for those
        if (!mayBeDue(order, today)) {
            return Optional.empty();
        }
        var facts = new Facts(order.postedOn(), holdsCode(order),
                () -> codes.confirmationCodeRequired(order), automaticEmailOf(order));
        return queueIfDue(order, actor, facts, deliveryStandards.transitDays(order.address().countryCode(),
                order.postalService()), today);
    }

    /**
     * What decides an order's automatic email besides the order itself, read for one order (an allocation) or for a
     * batch of the check's at once.
     *
     * @param confirmationRequired whether the order's code needs a confirmation code (asked only when an email is due)
     */
    private record Facts(Optional<LocalDate> postedOn, boolean holdsCode, BooleanSupplier confirmationRequired,
                         boolean automaticEmailQueued) {
    }

    private boolean mayBeDue(Order order, LocalDate today) {
        return order.status() == OrderStatus.POSTED || order.planExpiresOn()
                .filter(expiry -> !expiry.isAfter(today.plusDays(rules.atRiskDays()))).isPresent();
    }

    private Optional<OutboxEmail> queueIfDue(Order order, String actor, Facts facts, int transitDays, LocalDate today) {
        var postedOn = facts.postedOn();
        var letter = new CodeEmailRules.Letter(order.status(), postedOn.orElse(null), transitDays,
                order.planExpiresOn().orElse(null), facts.holdsCode(), facts.automaticEmailQueued());
        var due = rules.due(letter, today).map(reason -> queue(order, reason, 0, actor, null,
                reason == EmailReason.DELAYED
                        ? Message.of("email.due.delayed", postedOn.orElseThrow().toString(),
                        rules.lateAfter(postedOn.orElseThrow(), transitDays).toString())
                        : Message.of("email.due.atRisk", order.planExpiresOn().orElseThrow().toString())));
        // a code email before the letter is posted: the confirmation code, which posting would have sent, goes now
        // (in its own email, never in the code email)
        due.ifPresent(queued -> queueConfirmation(order, actor, facts.confirmationRequired()));
        return due;
    }

    /** For the check, which looked without locks: locks the order, looks again, queues if still due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxEmail> queueIfStillDue(long orderId, String actor) {
        var order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        return order == null ? Optional.empty() : queueIfDue(order, actor);
    }

    /**
     * The same for several orders in one transaction, locked in id order by one query (the check gives them sorted,
     * and two instances checking at once lock in the same order, so cannot deadlock); how many were queued.
     * One commit per batch rather than per order: the commit was the largest part of the check's time.
     * Once all are locked, what the rules need besides the order is read for the whole batch in two queries
     * (nothing of it changes without the order's lock). An order found with its automatic email already queued
     * (an at-risk email before posting) leaves the check's range for good.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int queueIfStillDue(List<Long> orderIds, String actor) {
        var today = LocalDate.now(clock);
        var locked = em.createQuery("SELECT o FROM Order o WHERE o.id IN :ids ORDER BY o.id", Order.class)
                .setParameter("ids", orderIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .stream().filter(order -> mayBeDue(order, today)).toList();
        if (locked.isEmpty()) {
            return 0;
        }
        var ids = locked.stream().map(Order::id).toList();
        Map<Long, Boolean> codeNeedsConfirmation = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.orderId, c.confirmationRequired FROM ActivationCode c "
                        + "WHERE c.orderId IN :ids AND c.status = :allocated", Object[].class)
                .setParameter("ids", ids).setParameter("allocated", ActivationCode.Status.ALLOCATED).getResultList()) {
            codeNeedsConfirmation.put(((Number) row[0]).longValue(), (Boolean) row[1]);
        }
        Set<Long> emailed = new HashSet<>(em.createQuery("SELECT e.automaticForOrder FROM OutboxEmail e "
                + "WHERE e.automaticForOrder IN :ids", Long.class).setParameter("ids", ids).getResultList());
        var standards = deliveryStandards.table();
        int queued = 0;
        for (var order : locked) {
            if (emailed.contains(order.id())) {
                order.automaticCodeEmailQueued();
                continue;
            }
            var code = codeNeedsConfirmation.get(order.id());
            var facts = new Facts(order.postedOn(), code != null, () -> Boolean.TRUE.equals(code), false);
            if (queueIfDue(order, actor, facts, standards.transitDays(order.address().countryCode(),
                    order.postalService()), today).isPresent()) {
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
        var order = orders.byNumberForUpdate(number).orElseThrow(() ->
                UnknownOrderException.of(number));
        if (order.status() == OrderStatus.CANCELLED) {
            throw DomainException.conflict("order-cancelled", Message.of("email.cancelled", number));
        }
        if (!holdsCode(order)) {
            throw DomainException.conflict("no-code", Message.of("email.noCode", number));
        }
        int sendNumber = em.createQuery("SELECT COALESCE(MAX(e.sendNumber), 0) FROM OutboxEmail e WHERE e.order = :o "
                                + "AND e.reason = :support", Integer.class)
                .setParameter("o", order).setParameter("support", EmailReason.SUPPORT).getSingleResult() + 1;
        var email = queue(order, EmailReason.SUPPORT, sendNumber, actor, reason, Message.of("email.requestedBy", actor, reason));
        // as with the automatic code email: a code that needs a confirmation code has it sent too, in an email of its own
        queueConfirmationIfNeeded(order, actor);
        audit.record(actor, AuditAction.SUPPORT_EMAIL, number.value(), reason);
        return EmailView.of(email, false);
    }

    /** The reason as kept, or a refusal naming the field when there is none or it does not fit. */
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
            throw new DomainException(DomainException.Kind.INVALID, "invalid-request", Message.of("email.needsReason"),
                    null, List.of(new DomainException.FieldError("reason", problem)));
        }
        return why;
    }

    /**
     * The "replacement sent" email of a replacement order, in the caller's transaction (the reship).
     * It waits in the outbox until the replacement letter is posted (see {@link EmailSending#due}), so
     * that it gives the real posting date. It carries no code; the cause is kept as the request note.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEmail queueReplacementSent(Order replacement, ReplacementSent.Reason cause, String actor) {
        return queue(replacement, EmailReason.REPLACEMENT, 1, actor, cause.name(),
                Message.of("email.replacement", Message.of("cause." + cause.name().toLowerCase(Locale.ROOT))));
    }

    /**
     * A post order was paid short (fired by the intake, in its transaction): the balance-due email goes
     * in with the held order, or not at all. It carries no code and is sent at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void balanceDue(@Observes BalanceDue due) {
        queue(due.order(), EmailReason.BALANCE_DUE, 1, due.actor(), null,
                Message.of("email.balanceDue", due.missing().toString()));
    }

    /**
     * The confirmation-code email of an order whose eSIM code asks for one, in the caller's transaction: queued when
     * the letter with the activation code is posted, or with a code email that goes before it, so that the two
     * secrets never travel together. Once per order; nothing for an order whose code needs none or that has no
     * email address (allocation keeps such codes from those orders).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OutboxEmail> queueConfirmationIfNeeded(Order order, String actor) {
        return queueConfirmation(order, actor, () -> codes.confirmationCodeRequired(order));
    }

    private Optional<OutboxEmail> queueConfirmation(Order order, String actor, BooleanSupplier confirmationRequired) {
        var email = order.customer().email();
        if (email == null || email.isBlank() || !confirmationRequired.getAsBoolean()) {
            return Optional.empty();
        }
        boolean queued = em.createQuery("SELECT COUNT(e) FROM OutboxEmail e WHERE e.order = :o AND e.reason = :r", Long.class)
                .setParameter("o", order).setParameter("r", EmailReason.CONFIRMATION).getSingleResult() > 0;
        return queued ? Optional.empty()
                : Optional.of(queue(order, EmailReason.CONFIRMATION, 1, actor, null, Message.of("email.confirmation")));
    }

    /**
     * A renewal reminder of the line the order renewed last, in the caller's transaction (the renewal package's,
     * which decided it is due and recorded it once per line and period). Numbered per order like support's emails.
     *
     * @param note what {@link ReminderFacts} needs to write it again at each attempt (kind and period)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEmail queueReminder(Order order, String note, Message why, String actor) {
        int sendNumber = em.createQuery("SELECT COALESCE(MAX(e.sendNumber), 0) FROM OutboxEmail e WHERE e.order = :o "
                                + "AND e.reason = :reminder", Integer.class)
                .setParameter("o", order).setParameter("reminder", EmailReason.REMINDER).getSingleResult() + 1;
        return queue(order, EmailReason.REMINDER, sendNumber, actor, note, why);
    }

    /**
     * The "your next card is on its way" email of an order a standing order made, in the caller's transaction (the
     * one that took the order in). It goes out at once and carries no code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEmail queueNextCardOnItsWay(Order order, String actor) {
        return queue(order, EmailReason.STANDING_ORDER, 1, actor, null, Message.of("email.standingOrder"));
    }

    private OutboxEmail queue(Order order, EmailReason reason, int sendNumber, String actor, String note,
                              Message why) {
        var at = Clocks.now(clock);
        var template = template(order, reason);
        var key = OutboxEmail.stableKey(order.number().value(), reason, sendNumber);
        var email = new OutboxEmail(order, reason, sendNumber, template, order.customer().email(),
                messages.messageIdFor(key), actor, note, at);
        em.persist(email);
        if (reason.automatic()) {
            order.automaticCodeEmailQueued();
        }
        order.record(TimelineEntry.Kind.EMAIL, actor, Message.of("timeline.emailQueued",
                Message.of("email.reason." + reason.name()), email.recipient(), why), at);
        return email;
    }

    /** Support's email says "late" once the letter is posted, else "before your plan expires". */
    private EmailKind template(Order order, EmailReason reason) {
        return switch (reason) {
            case REPLACEMENT -> EmailKind.REPLACEMENT_SENT;
            case BALANCE_DUE -> EmailKind.BALANCE_DUE;
            case CONFIRMATION -> EmailKind.CONFIRMATION_CODE;
            case REMINDER -> EmailKind.RENEWAL_REMINDER;
            case STANDING_ORDER -> EmailKind.NEXT_CARD_ON_ITS_WAY;
            case DELAYED -> EmailKind.CODE_DELAYED;
            case AT_RISK -> EmailKind.CODE_AT_RISK;
            case SUPPORT -> {
                if (order.postedOn().isPresent()) {
                    yield EmailKind.CODE_DELAYED;
                }
                if (order.planExpiresOn().isPresent()) {
                    yield EmailKind.CODE_AT_RISK;
                }
                throw DomainException.conflict("no-email-template", Message.of("email.noTemplate", order.number()));
            }
        };
    }

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
}
