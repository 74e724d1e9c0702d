package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading the outbox for people: an order's emails with their attempts (support, the order's page),
 * the failed emails on support's list, whether a code email waits (a reship) and when the code was
 * emailed (the customer's tracking).
 */
@ApplicationScoped
@Transactional
public class OrderEmails {

    /** A failed email stays on support's list until the order is sent another email. */
    static final String NOTHING_SENT_SINCE = "NOT EXISTS ("
            + "SELECT l.id FROM OutboxEmail l WHERE l.order = e.order AND l.queuedAt > e.queuedAt) ";

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;

    /** The order's emails, oldest first, each with its attempts. */
    public List<EmailView> emailsOf(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() ->
                UnknownOrderException.of(number));
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
    public List<EmailView> needingAttention(PageRequest page) {
        return page.of(em.createQuery("SELECT e FROM OutboxEmail e WHERE e.status = :failed AND " + NOTHING_SENT_SINCE
                                + "ORDER BY e.settledAt, e.id", OutboxEmail.class)
                .setParameter("failed", OutboxEmail.Status.FAILED))
                .stream().map(e -> EmailView.of(e, true)).toList();
    }

    /** Whether a code email of the order waits to be sent: the customer has been promised the code it holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean codeEmailWaits(Order order) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o AND e.status = :pending", OutboxEmail.class)
                .setParameter("o", order).setParameter("pending", OutboxEmail.Status.PENDING)
                .getResultStream().anyMatch(e -> e.template().carriesCode());
    }

    /** When the order's code first went out by email (accepted by the mail server), in UTC; empty if never. */
    public Optional<OffsetDateTime> codeEmailedAt(Order order) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o AND e.status = :sent "
                        + "ORDER BY e.settledAt", OutboxEmail.class)
                .setParameter("o", order).setParameter("sent", OutboxEmail.Status.SENT)
                .getResultStream().filter(e -> e.template().carriesCode()).findFirst()
                .flatMap(OutboxEmail::settledAt).map(t -> t.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
