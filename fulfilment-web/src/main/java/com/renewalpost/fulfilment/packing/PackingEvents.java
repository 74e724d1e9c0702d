package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.printing.PackingMismatches;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The record of what happened at the packing stations, by run and by station. */
@ApplicationScoped
@Transactional
public class PackingEvents implements PackingMismatches {

    public record EventView(long id, String station, Long printRunId, String orderNumber, String kind,
                            String letterScan, String labelScan, String detail, String actor, OffsetDateTime at) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String station, Long printRunId, Order order, PackingEvent.Kind kind, String letterScan,
                       String labelScan, Text detail, String actor, OffsetDateTime at) {
        // the event log keeps the verdict in English, as the API's list of events gives it
        em.persist(new PackingEvent(station, printRunId, order, kind, letterScan, labelScan,
                detail.in(Locale.ENGLISH), actor, at));
    }

    /** Mismatches of a run's letters, per station. */
    @Override
    @Transactional
    public Map<String, Long> mismatchesByStation(long printRunId) {
        Map<String, Long> counts = new TreeMap<>();
        for (var row : em.createQuery("SELECT e.station, COUNT(e) FROM PackingEvent e WHERE e.printRunId = :r "
                        + "AND e.kind = :k GROUP BY e.station", Object[].class)
                .setParameter("r", printRunId).setParameter("k", PackingEvent.Kind.MISMATCH).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Counts of each kind at a station. */
    @Transactional
    public Map<String, Long> countsAt(String station) {
        Map<String, Long> counts = new TreeMap<>();
        for (var kind : PackingEvent.Kind.values()) {
            counts.put(kind.name(), 0L);
        }
        for (var row : em.createQuery("SELECT e.kind, COUNT(e) FROM PackingEvent e WHERE e.station = :s "
                        + "GROUP BY e.kind", Object[].class)
                .setParameter("s", station).getResultList()) {
            counts.put(((PackingEvent.Kind) row[0]).name(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** One page of the events filtered by any of run, station and kind, newest first. */
    @Transactional
    public List<EventView> find(Long printRunId, String station, PackingEvent.Kind kind, PageRequest page) {
        var query = em.createQuery("SELECT e FROM PackingEvent e LEFT JOIN FETCH e.order"
                + where(printRunId, station, kind) + " ORDER BY e.occurredAt DESC, e.id DESC", PackingEvent.class);
        bind(query, printRunId, station, kind);
        return page.of(query).stream()
                .map(e -> new EventView(e.id(), e.station(), e.printRunId(),
                        e.order() == null ? null : e.order().number().value(), e.kind().name(), e.letterScan(),
                        e.labelScan(), e.detail(), e.actor(), e.occurredAt()))
                .toList();
    }

    /** How many events the filter matches. */
    @Transactional
    public long count(Long printRunId, String station, PackingEvent.Kind kind) {
        var query = em.createQuery("SELECT COUNT(e) FROM PackingEvent e" + where(printRunId, station, kind),
                Long.class);
        bind(query, printRunId, station, kind);
        return query.getSingleResult();
    }

    private static String where(Long printRunId, String station, PackingEvent.Kind kind) {
        var where = new java.util.ArrayList<String>();
        if (printRunId != null) {
            where.add("e.printRunId = :r");
        }
        if (station != null) {
            where.add("e.station = :s");
        }
        if (kind != null) {
            where.add("e.kind = :k");
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static void bind(jakarta.persistence.Query query, Long printRunId, String station, PackingEvent.Kind kind) {
        if (printRunId != null) {
            query.setParameter("r", printRunId);
        }
        if (station != null) {
            query.setParameter("s", station);
        }
        if (kind != null) {
            query.setParameter("k", kind);
        }
    }
}
