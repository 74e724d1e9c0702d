package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * After the standards in use changed (learning): every letter still awaiting the delay check's decision takes the
     * standard in use now, so that its {@code standard_ends_on} (see {@link Order#post}) stays exact. In the caller's
     * transaction, after its changes; returns how many letters changed. (A letter posted by a transaction that read
     * the standards before this one committed, and committed after it, keeps the figure it read: the one moment a
     * letter's end can be off, until the next change of its standard.)
     *
     * @param before the standards as they were before the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int standardsChanged(Table before) {
        int letters = 0;
        for (var change : before.changesTo(table())) {
            var sql = new StringBuilder("UPDATE customer_order SET standard_ends_on = posted_on + CAST(? AS INTEGER) "
                    + "WHERE standard_ends_on IS NOT NULL AND status = 'POSTED' AND postal_service = ?");
            List<Object> parameters = new ArrayList<>(List.of(change.days(), change.service().name()));
            if (change.destination().equals(DeliveryStandard.ANY_DESTINATION)) {
                // the default row: the destinations that have no row of their own
                if (!change.ownRows().isEmpty()) {
                    sql.append(" AND address_country NOT IN (")
                            .append(String.join(", ", Collections.nCopies(change.ownRows().size(), "?"))).append(')');
                    parameters.addAll(change.ownRows());
                }
            } else {
                sql.append(" AND address_country = ?");
                parameters.add(change.destination());
            }
            var update = em.createNativeQuery(sql.toString());
            for (int i = 0; i < parameters.size(); i++) {
                update.setParameter(i + 1, parameters.get(i));
            }
            letters += update.executeUpdate();
        }
        return letters;
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

        /**
         * A standard whose days changed: the letters to {@code destination} by {@code service} now have {@code days};
         * for the default row ({@link DeliveryStandard#ANY_DESTINATION}) those to every destination but {@code ownRows}.
         */
        public record Change(String destination, PostalService service, int days, Set<String> ownRows) {
        }

        /** What changed from these standards to {@code after}, for each destination and service a letter can have. */
        public List<Change> changesTo(Table after) {
            List<Change> changes = new ArrayList<>();
            for (var service : PostalService.values()) {
                Set<String> destinations = new TreeSet<>();
                for (var table : List.of(this, after)) {
                    table.days.keySet().stream().filter(k -> k.endsWith("/" + service.name()))
                            .map(k -> k.substring(0, k.indexOf('/')))
                            .filter(d -> !d.equals(DeliveryStandard.ANY_DESTINATION)).forEach(destinations::add);
                }
                for (var destination : destinations) {
                    int now = after.transitDays(destination, service);
                    if (now != transitDays(destination, service)) {
                        changes.add(new Change(destination, service, now, Set.of()));
                    }
                }
                int anyNow = after.transitDays(DeliveryStandard.ANY_DESTINATION, service);
                if (anyNow != transitDays(DeliveryStandard.ANY_DESTINATION, service)) {
                    // a destination with a row in either table was judged above
                    changes.add(new Change(DeliveryStandard.ANY_DESTINATION, service, anyNow, destinations));
                }
            }
            return changes;
        }

        /** The shortest standard any letter can have: no letter is late sooner than this. */
        public int shortestDays() {
            // a service without a default row falls back to the last resort, so it counts too
            return Math.min(LAST_RESORT_DAYS, days.values().stream().mapToInt(Integer::intValue).min().orElse(LAST_RESORT_DAYS));
        }
    }
}
