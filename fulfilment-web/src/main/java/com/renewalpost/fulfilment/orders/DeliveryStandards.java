package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up how long the post takes, falling back to the default row for unlisted destinations. */
@ApplicationScoped
@Transactional
public class DeliveryStandards {

    @PersistenceContext
    EntityManager em;

    /**
     * All standards at once, for callers that look up many orders (the queue, the delay check).
     * Where tracked deliveries have taught a standard, that one is used.
     */
    public Table table() {
        return Table.of(em.createQuery("SELECT s FROM DeliveryStandard s", DeliveryStandard.class).getResultList());
    }

    /**
     * The standard for one letter, for callers that look up one order (the tracking page, an email
     * being queued or composed): the destination's own row and the default row, two rows at most,
     * rather than the whole table.
     */
    public int transitDays(String destination, PostalService service) {
        Map<String, Integer> days = new HashMap<>();
        for (DeliveryStandard s : em.createQuery("SELECT s FROM DeliveryStandard s WHERE s.service = :s "
                        + "AND s.destination IN (:d, :any)", DeliveryStandard.class)
                .setParameter("s", service)
                .setParameter("d", destination)
                .setParameter("any", DeliveryStandard.ANY_DESTINATION)
                .getResultList()) {
            days.put(key(s.destination(), s.service()), s.effectiveDays());
        }
        return new Table(days).transitDays(destination, service);
    }

    public List<DeliveryStandard> all() {
        return em.createQuery("SELECT s FROM DeliveryStandard s ORDER BY s.destination, s.service",
                DeliveryStandard.class).getResultList();
    }

    public java.util.Optional<DeliveryStandard> of(String destination, PostalService service) {
        return em.createQuery("SELECT s FROM DeliveryStandard s WHERE s.destination = :d AND s.service = :s",
                        DeliveryStandard.class)
                .setParameter("d", destination).setParameter("s", service)
                .getResultStream().findFirst();
    }

    public void add(DeliveryStandard standard) {
        em.persist(standard);
    }

    private static String key(String destination, PostalService service) {
        return destination + "/" + service;
    }

    /** A snapshot of the standards. */
    public record Table(Map<String, Integer> days) {
        /** Fallback when even the default row is missing: the UPU J+5 target is working days, two weeks is safe. */
        public static final int LAST_RESORT_DAYS = 14;

        /** The figures in use of these rows: learned where deliveries taught one, else the set figure. */
        public static Table of(java.util.Collection<DeliveryStandard> rows) {
            Map<String, Integer> days = new HashMap<>();
            for (var s : rows) {
                days.put(key(s.destination(), s.service()), s.effectiveDays());
            }
            return new Table(days);
        }

        public int transitDays(String destination, PostalService service) {
            var own = days.get(key(destination, service));
            if (own != null) {
                return own;
            }
            return days.getOrDefault(key(DeliveryStandard.ANY_DESTINATION, service), LAST_RESORT_DAYS);
        }

        /** The shortest standard any letter can have: no letter is late sooner than this. */
        public int shortestDays() {
            // a service without a default row falls back to the last resort, so it counts too
            return Math.min(LAST_RESORT_DAYS, days.values().stream().mapToInt(Integer::intValue).min().orElse(LAST_RESORT_DAYS));
        }
    }
}
