package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.shipping.TrackingNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading print runs: a run with its lines and reprints, the runs of a day and of all time, the
 * packing progress of an order's run, and a run's documents. Runs are made by {@link PrintRunMaking}
 * and reprinted by {@link Reprints}.
 */
@ApplicationScoped
@Transactional
public class PrintRuns {

    public record LineView(int line, String orderNumber, String outcome, String reason, String trackingNumber,
                           String orderStatus) {
    }

    public record ReprintView(long id, String orderNumber, String actor, String reason, OffsetDateTime at) {
    }

    public record RunView(long id, String name, LocalDate runDate, String selection, OffsetDateTime createdAt,
                          String createdBy, OffsetDateTime completedAt, long printed, long held, long skipped,
                          List<LineView> lines, List<ReprintView> reprints, long mismatches,
                          Map<String, Long> mismatchesByStation, List<String> warnings) {
    }

    public record RunSummary(long id, String name, OffsetDateTime createdAt, String createdBy, long printed,
                             long held, long skipped) {
    }

    /** How far the packing of a run has come: letters printed in it, and how many of them are packed. */
    public record PackingProgress(long runId, String runName, long printed, long packed) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PrintRunDocuments documents;
    @Inject
    TrackingNumbers trackingNumbers;
    @Inject
    PackingMismatches packingMismatches;

    @Transactional
    public RunView view(long runId, Locale locale) {
        var run = run(runId);
        var lines = em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order WHERE i.run = :r ORDER BY i.line",
                        PrintRunItem.class)
                .setParameter("r", run).getResultList();
        var reprints = em.createQuery("SELECT p FROM Reprint p LEFT JOIN FETCH p.order WHERE p.run = :r "
                        + "ORDER BY p.occurredAt, p.id", Reprint.class)
                .setParameter("r", run).getResultStream()
                .map(p -> new ReprintView(p.id(), p.order().map(o -> o.number().value()).orElse(null), p.actor(),
                        p.reason(), p.occurredAt()))
                .toList();
        var byStation = packingMismatches.mismatchesByStation(runId);
        return new RunView(run.id(), run.name(), run.runDate(), run.selection(locale), run.createdAt(), run.createdBy(),
                run.completedAt().orElse(null), count(lines, PrintRunItem.Outcome.PRINTED),
                count(lines, PrintRunItem.Outcome.HELD), count(lines, PrintRunItem.Outcome.SKIPPED),
                lines.stream().map(i -> new LineView(i.line(), i.order().number().value(), i.outcome().name(),
                        i.reason(locale), i.trackingNumber(), i.order().status().name())).toList(),
                reprints, byStation.values().stream().mapToLong(Long::longValue).sum(), byStation,
                trackingNumbers.lowWarnings().stream().map(w -> w.in(locale)).toList());
    }

    /** The runs of a day, newest first. */
    @Transactional
    public List<RunSummary> onDate(LocalDate date, PageRequest page) {
        return page.of(em.createQuery("SELECT r FROM PrintRun r WHERE r.runDate = :d ORDER BY r.dayNumber DESC",
                PrintRun.class).setParameter("d", date)).stream().map(this::summary).toList();
    }

    @Transactional
    public long countOnDate(LocalDate date) {
        return em.createQuery("SELECT COUNT(r) FROM PrintRun r WHERE r.runDate = :d", Long.class)
                .setParameter("d", date).getSingleResult();
    }

    /** One page of every run made, newest first. */
    @Transactional
    public List<RunSummary> history(int first, int max) {
        return em.createQuery("SELECT r FROM PrintRun r ORDER BY r.runDate DESC, r.dayNumber DESC", PrintRun.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(this::summary).toList();
    }

    @Transactional
    public long runCount() {
        return em.createQuery("SELECT COUNT(r) FROM PrintRun r", Long.class).getSingleResult();
    }

    /** The packing of the run an order's letter was last printed in, if it was printed in one. */
    @Transactional
    public java.util.Optional<PackingProgress> packingProgressOf(OrderNumber number) {
        var runIds = em.createQuery("SELECT s.printRunId FROM Shipment s WHERE s.order.number = :n "
                        + "AND s.printRunId IS NOT NULL ORDER BY s.id DESC", Long.class)
                .setParameter("n", number.value()).setMaxResults(1).getResultList();
        if (runIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        var run = run(runIds.get(0));
        long printed = em.createQuery("SELECT COUNT(i) FROM PrintRunItem i WHERE i.run = :r AND i.outcome = :o",
                        Long.class)
                .setParameter("r", run).setParameter("o", PrintRunItem.Outcome.PRINTED).getSingleResult();
        long packed = em.createQuery("SELECT COUNT(s) FROM Shipment s WHERE s.printRunId = :r "
                        + "AND s.packedAt IS NOT NULL", Long.class)
                .setParameter("r", run.id()).getSingleResult();
        return java.util.Optional.of(new PackingProgress(run.id(), run.name(), printed, packed));
    }

    private RunSummary summary(PrintRun run) {
        var counts = em.createQuery("SELECT i.outcome, COUNT(i) FROM PrintRunItem i WHERE i.run = :r "
                        + "GROUP BY i.outcome", Object[].class)
                .setParameter("r", run).getResultList();
        long printed = 0;
        long held = 0;
        long skipped = 0;
        for (var c : counts) {
            long n = ((Number) c[1]).longValue();
            switch ((PrintRunItem.Outcome) c[0]) {
                case PRINTED -> printed = n;
                case HELD -> held = n;
                case SKIPPED -> skipped = n;
            }
        }
        return new RunSummary(run.id(), run.name(), run.createdAt(), run.createdBy(), printed, held, skipped);
    }

    /** A document of the run: its content read in one transaction, drawn after it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PrintRunDocuments.Document document(long runId, DocumentKind kind) {
        return documents.render(documents.ofRun(runId, kind));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PrintRunDocuments.Document itemDocument(long runId, OrderNumber number, DocumentKind kind) {
        return documents.render(documents.ofItem(runId, number, kind));
    }

    private PrintRun run(long runId) {
        return run(em, runId);
    }

    /** The run, or a refusal naming it: shared with {@link Reprints}. */
    static PrintRun run(EntityManager em, long runId) {
        var run = em.find(PrintRun.class, runId);
        if (run == null) {
            throw DomainException.notFound("unknown-print-run", Message.of("print.unknownRun", String.valueOf(runId)));
        }
        return run;
    }

    private static long count(List<PrintRunItem> lines, PrintRunItem.Outcome outcome) {
        return lines.stream().filter(i -> i.outcome() == outcome).count();
    }
}
