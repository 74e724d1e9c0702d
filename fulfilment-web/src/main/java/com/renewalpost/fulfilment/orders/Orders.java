package com.renewalpost.fulfilment.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The orders repository: find by the keys the business uses. */
@ApplicationScoped
@Transactional
public class Orders {

    @PersistenceContext
    EntityManager em;

    public Optional<Order> byNumber(OrderNumber number) {
        return em.createQuery("SELECT o FROM Order o WHERE o.number = :n", Order.class)
                .setParameter("n", number.value())
                .getResultStream().findFirst();
    }

    /** The order, locked for update until the end of the transaction (for allocation, transitions). */
    public Optional<Order> byNumberForUpdate(OrderNumber number) {
        return em.createQuery("SELECT o FROM Order o WHERE o.number = :n", Order.class)
                .setParameter("n", number.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Order> byIdempotencyKey(String key) {
        return em.createQuery("SELECT o FROM Order o WHERE o.idempotencyKey = :k", Order.class)
                .setParameter("k", key)
                .getResultStream().findFirst();
    }

    public Optional<Order> byExternalReference(Channel channel, String reference) {
        return em.createQuery("SELECT o FROM Order o WHERE o.channel = :c AND o.externalReference = :r", Order.class)
                .setParameter("c", channel)
                .setParameter("r", reference)
                .getResultStream().findFirst();
    }

    public List<Order> inStatus(OrderStatus status) {
        return em.createQuery("SELECT o FROM Order o JOIN FETCH o.product WHERE o.status = :s ORDER BY o.id",
                        Order.class)
                .setParameter("s", status)
                .getResultList();
    }

    /** How many orders are in the status: one count in the database, for the operations figures. */
    public long countInStatus(OrderStatus status) {
        return em.createQuery("SELECT COUNT(o) FROM Order o WHERE o.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }

    /** Without a row limit: the number is unique, and a limit made EclipseLink prepare the query anew each time. */
    public boolean numberTaken(OrderNumber number) {
        return !em.createQuery("SELECT o.id FROM Order o WHERE o.number = :n", Long.class)
                .setParameter("n", number.value()).getResultList().isEmpty();
    }

    public void add(Order order) {
        em.persist(order);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Order o", Long.class).getSingleResult();
    }
}
