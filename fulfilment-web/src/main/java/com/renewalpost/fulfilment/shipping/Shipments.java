package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.orders.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The shipments repository. An order's shipment is its latest one (a reship makes another). */
@ApplicationScoped
@Transactional
public class Shipments {

    @PersistenceContext
    EntityManager em;

    public void add(Shipment shipment) {
        em.persist(shipment);
    }

    public Optional<Shipment> ofOrder(Order order) {
        return em.createQuery("SELECT s FROM Shipment s WHERE s.order = :o ORDER BY s.id DESC", Shipment.class)
                .setParameter("o", order)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every shipment of the order (a reprint or reship makes another), oldest first. */
    public List<Shipment> allOfOrder(Order order) {
        return em.createQuery("SELECT s FROM Shipment s WHERE s.order = :o ORDER BY s.id", Shipment.class)
                .setParameter("o", order)
                .getResultList();
    }

    /** The shipment locked until the end of the transaction (packing, dispatching). */
    public Optional<Shipment> ofOrderForUpdate(Order order) {
        // read under the lock (SELECT ... FOR UPDATE), so what the caller checks is what it changes
        return em.createQuery("SELECT s FROM Shipment s WHERE s.order = :o ORDER BY s.id DESC", Shipment.class)
                .setParameter("o", order)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The shipment currently carrying the tracking number. */
    public Optional<Shipment> byTrackingNumber(TrackingNumber number) {
        return em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.order WHERE s.trackingNumber = :t "
                        + "ORDER BY s.id DESC", Shipment.class)
                .setParameter("t", number.value())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** How many items were posted on each day from {@code from} to {@code to}, both included; days without any are absent. */
    public java.util.Map<LocalDate, Long> postedPerDay(LocalDate from, LocalDate to) {
        java.util.Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("SELECT s.postedOn, COUNT(s) FROM Shipment s WHERE s.postedOn >= :from "
                        + "AND s.postedOn <= :to GROUP BY s.postedOn", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            perDay.put((LocalDate) row[0], ((Number) row[1]).longValue());
        }
        return perDay;
    }

    public List<Shipment> inDispatch(long dispatchId) {
        return em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.order WHERE s.dispatchId = :d "
                        + "ORDER BY s.dispatchLine", Shipment.class)
                .setParameter("d", dispatchId)
                .getResultList();
    }

    /** Posted shipments with posting dates in [from, to], oldest first. */
    public List<Shipment> postedBetween(LocalDate from, LocalDate to) {
        return postedBetween(from, to, 0, Integer.MAX_VALUE);
    }

    /** {@code max} of the items posted between the days, from the {@code first}-th, in ledger order. */
    public List<Shipment> postedBetween(LocalDate from, LocalDate to, int first, int max) {
        return em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.order WHERE s.postedOn BETWEEN :f AND :t "
                        + "ORDER BY s.postedOn, s.dispatchId, s.dispatchLine, s.id", Shipment.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPostedBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(s) FROM Shipment s WHERE s.postedOn BETWEEN :f AND :t", Long.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
    }

    /**
     * Postage per group and currency of the items posted between the days, summed in the database:
     * each row is the group's key (posting day, service or destination), currency, count and sum.
     */
    public List<Object[]> postageTotals(LocalDate from, LocalDate to, String groupBy) {
        return em.createQuery("SELECT " + groupBy + ", s.postageCurrency, COUNT(s), SUM(s.postageAmount) "
                        + "FROM Shipment s WHERE s.postedOn BETWEEN :f AND :t "
                        + "GROUP BY " + groupBy + ", s.postageCurrency", Object[].class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }
}
