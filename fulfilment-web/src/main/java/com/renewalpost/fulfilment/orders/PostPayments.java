package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Payments by post: what arrived with an order and its check against the price, kept at order entry;
 * a short payment holds the order and asks the customer for the balance ({@link BalanceDue}), an over
 * payment becomes credit on the line. The day's items make the bank deposit slip.
 */
@ApplicationScoped
@Transactional
public class PostPayments {

    @PersistenceContext
    EntityManager em;
    @Inject
    Event<BalanceDue> balanceDue;

    /**
     * Keeps the items and the check of a just-received order (persisted, before it is queued) and
     * moves it on: QUEUED when paid in full or over (the excess as credit), ON_HOLD when short.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Order order, OrderRequest request, PaymentComparison comparison, OffsetDateTime now, String actor) {
        var items = request.payment().items();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            em.persist(new PaymentItem(order, i + 1, PostPayment.kind(item), item.number().strip(),
                    new Money(item.amount(), PostPayment.currencyCode(item)), now));
        }
        em.persist(new PaymentCheck(order, comparison, now));
        switch (comparison.outcome()) {
            case EXACT -> order.transition(OrderStatus.QUEUED, actor, Message.of("timeline.queued"), now);
            case OVER -> {
                em.persist(new LineCredit(order, comparison.difference(), now));
                order.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.payment.credit",
                        comparison.received().toString(), comparison.price().toString(),
                        comparison.difference().toString()), now);
                order.transition(OrderStatus.QUEUED, actor, Message.of("timeline.queued"), now);
            }
            case SHORT -> {
                order.transition(OrderStatus.ON_HOLD, actor, Message.of("order.hold.balanceDue",
                        comparison.difference().toString(), comparison.received().toString(),
                        comparison.price().toString()), now);
                balanceDue.fire(new BalanceDue(order, comparison.difference(), actor));
            }
        }
    }

    /** The order's payment check, when its payment was checked at entry. */
    public Optional<PaymentComparison> check(Order order) {
        return Optional.ofNullable(em.find(PaymentCheck.class, order.id())).map(PaymentCheck::comparison);
    }

    /** The amount still missing of a short-paid order. */
    public Optional<Money> missing(Order order) {
        return check(order).filter(c -> c.outcome() == PaymentComparison.Outcome.SHORT).map(PaymentComparison::difference);
    }

    /** The items that arrived with the order, in the order they were listed. */
    public List<PaymentItem> items(Order order) {
        return em.createQuery("SELECT i FROM PaymentItem i WHERE i.order = :o ORDER BY i.position", PaymentItem.class)
                .setParameter("o", order).getResultList();
    }

    /** The cheques and money orders received on the day (UTC), by currency, time and order. */
    public List<PaymentItem> receivedOn(LocalDate day) {
        var from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        return em.createQuery("SELECT i FROM PaymentItem i JOIN FETCH i.order WHERE i.receivedAt >= :from "
                        + "AND i.receivedAt < :to ORDER BY i.currency, i.receivedAt, i.id", PaymentItem.class)
                .setParameter("from", from).setParameter("to", from.plusDays(1))
                .setMaxResults(DAY_LIMIT + 1)
                .getResultList();
    }

    /** More than any day's post brings; bounds the slip (one more is fetched, to tell that there are more). */
    public static final int DAY_LIMIT = 10_000;

    /** The credit on the line: by ICCID or by US number, as the order names it. */
    public List<LineCredit> credits(RenewedLine line) {
        var query = line.iccid() != null
                ? em.createQuery("SELECT c FROM LineCredit c WHERE c.line.iccid = :k ORDER BY c.createdAt, c.id", LineCredit.class)
                .setParameter("k", line.iccid())
                : em.createQuery("SELECT c FROM LineCredit c WHERE c.line.phone = :k ORDER BY c.createdAt, c.id", LineCredit.class)
                .setParameter("k", line.phone());
        return query.getResultList();
    }

    /** The line's credit summed by currency. */
    public java.util.Map<String, BigDecimal> creditTotals(RenewedLine line) {
        var totals = new java.util.TreeMap<String, BigDecimal>();
        credits(line).forEach(c -> totals.merge(c.amount().currency(), c.amount().amount(), BigDecimal::add));
        return totals;
    }
}
