package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.EmailQueue;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.notifications.OutboxEmail;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.mail.ReplacementSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends a lost or returned letter again, as a linked replacement order, in one transaction: the
 * replacement order (through the normal intake, so it is queued and printed like any other), the
 * fate of the first code, the audit entries and the customer's "replacement sent" email.
 * <p>
 * The code in a letter that never reached the customer is exposed: unless the customer already
 * had it by email, or an email with it waits to be sent (then blocking it would cut off a code they may be
 * using, or were promised), it is voided and the replacement gets a new one from stock; a waiting email still
 * sends the code, which the replacement now carries.
 */
@ApplicationScoped
@Transactional
public class Reships {

    /** What a reship did. */
    public record Outcome(String originalNumber, String replacementNumber, Reship.Cause cause,
                          Reship.CodeDecision codeDecision, String replacementStatus) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    OrderIntake intake;
    @Inject
    CodeStock codes;
    @Inject
    EmailQueue emailQueue;
    @Inject
    OrderEmails orderEmails;
    @Inject
    AuditLog audit;
    @Inject
    TrackingEvents trackingEvents;
    @Inject
    Clock clock;

    @Transactional
    public Outcome reship(OrderNumber number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw problem(DomainException.Kind.INVALID, "reason-required", Message.of("reship.reasonRequired"));
        }
        var original = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        var cause = switch (original.status()) {
            case LOST -> Reship.Cause.LOST;
            case RETURNED -> Reship.Cause.RETURNED;
            default -> throw problem(DomainException.Kind.CONFLICT, "not-lost-or-returned",
                    Message.of("reship.notLostOrReturned", number, original.status()));
        };
        if (replacementOf(original).isPresent()) {
            throw problem(DomainException.Kind.CONFLICT, "already-reshipped",
                    Message.of("reship.already", number, replacementOf(original).get()));
        }
        var now = now();
        var replacement = intake.receive(replacementRequest(original), "reship:" + original.number().value(), actor)
                .order();
        var why = reason.strip();

        Reship.CodeDecision decision;
        Long voided = null;
        // a code email sent, or waiting to be sent, is a promise: the customer keeps that code (a waiting email
        // still sends it, see CodeStock#plainCodeOwedTo)
        if (codeEmailed(original) || orderEmails.codeEmailWaits(original)) {
            decision = codes.moveCode(original, replacement).isPresent() ? Reship.CodeDecision.KEPT
                    : Reship.CodeDecision.NONE;
        } else {
            voided = codes.voidCodeOf(original, "letter " + cause.name().toLowerCase() + " (order "
                    + original.number().value() + "), code never emailed: exposed").orElse(null);
            decision = voided == null ? Reship.CodeDecision.NONE : Reship.CodeDecision.VOIDED;
        }
        if (voided != null) {
            audit.record(actor, AuditAction.CODE_VOIDED, original.number().value(), Message.of("audit.codeVoided",
                    String.valueOf(voided), Message.of("cause." + cause.name().toLowerCase(Locale.ROOT)),
                    replacement.number().value()));
            original.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.codeVoided"), now);
        } else if (decision == Reship.CodeDecision.KEPT) {
            original.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.codeKept",
                    replacement.number().value()), now);
        }
        // the replacement takes its code now, so a lack of stock shows at once (it goes on hold)
        codes.allocateFor(replacement.number(), actor);

        em.persist(new Reship(original.id(), replacement.id(), cause, decision, voided, shorten(why), actor, now));
        original.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.sentAgain", replacement.number().value(),
                cause, shorten(why)), now);
        replacement.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.replacementFor",
                original.number().value(), cause, shorten(why)), now);
        audit.record(actor, AuditAction.RESHIP, original.number().value(), Message.of("audit.reship",
                replacement.number().value(), cause, decision, shorten(why)));
        emailQueue.queueReplacementSent(replacement, ReplacementSent.Reason.valueOf(cause.name()), actor);
        return new Outcome(original.number().value(), replacement.number().value(), cause, decision,
                replacement.status().name());
    }

    /**
     * Support's one step for a letter proposed as lost: records it lost (a manual tracking event
     * with the reason, so the order follows as with any event) and sends it again, together.
     */
    @Transactional
    public Outcome markLostAndReship(OrderNumber number, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw problem(DomainException.Kind.INVALID, "reason-required", Message.of("reship.lostReasonRequired"));
        }
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        if (order.status() != OrderStatus.LOST) {
            trackingEvents.recordManual(number, TrackingStatus.LOST, null, reason, actor);
        }
        return reship(number, reason, actor);
    }

    /** The replacement order of an order sent again, if it was. */
    @Transactional
    public Optional<String> replacementOf(OrderNumber number) {
        return orders.byNumber(number).flatMap(this::replacementOf);
    }

    /** The order this one replaces, if it is a replacement. */
    @Transactional
    public Optional<String> originalOf(OrderNumber number) {
        return em.createQuery("SELECT o.number FROM Reship r, Order o, Order n WHERE n.number = :n "
                        + "AND r.replacementOrderId = n.id AND o.id = r.originalOrderId", String.class)
                .setParameter("n", number.value())
                .getResultStream().findFirst();
    }

    /** The order this one replaces, if it is a replacement. */
    @Transactional
    public Optional<String> originalOf(Order replacement) {
        return em.createQuery("SELECT o.number FROM Reship r, Order o WHERE r.replacementOrderId = :id "
                        + "AND o.id = r.originalOrderId", String.class)
                .setParameter("id", replacement.id())
                .getResultStream().findFirst();
    }

    /** The replacement order of an order sent again, if it was. */
    @Transactional
    public Optional<String> replacementOf(Order original) {
        return em.createQuery("SELECT o.number FROM Reship r, Order o WHERE r.originalOrderId = :id "
                        + "AND o.id = r.replacementOrderId", String.class)
                .setParameter("id", original.id())
                .getResultStream().findFirst();
    }

    /** Whether a code email of the order was accepted by the mail server: then the customer has the code. */
    private boolean codeEmailed(Order order) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o AND e.status = :sent", OutboxEmail.class)
                .setParameter("o", order)
                .setParameter("sent", OutboxEmail.Status.SENT)
                .getResultStream().anyMatch(e -> e.template().carriesCode());
    }

    /** The same customer, address, product and line; the payment is the original's, referenced. */
    private static OrderRequest replacementRequest(Order o) {
        var c = o.customer();
        var a = o.address();
        List<String> street = new ArrayList<>(a.streetLines());
        var latin = c.nameLatin() != null && !c.nameLatin().equals(c.name()) ? c.nameLatin() : null;
        return new OrderRequest(c.name(), latin, c.email(), c.phone(), c.language(),
                new OrderRequest.Address(a.organisation(), street, a.dependentLocality(), a.city(), a.region(),
                        a.postcode(), a.countryCode()),
                o.product().sku(), o.line().iccid(), o.line().phone(), o.planExpiresOn().orElse(null),
                // web and marketplace orders need a reference; this one says what the order is
                o.postalService().name(), o.channel().name(), "replacement-of-" + o.number().value(),
                new OrderRequest.PaymentDetails(o.payment().method().name(), "replacement of " + o.number().value(),
                        o.payment().amount().amount(), o.payment().amount().currency(), null),
                "Replacement of " + o.number().value() + "; no new payment");
    }

    private static DomainException problem(DomainException.Kind kind, String type, Text detail) {
        return new DomainException(kind, type, detail);
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
