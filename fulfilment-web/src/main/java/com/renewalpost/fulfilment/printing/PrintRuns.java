package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.operations.OperationsMetrics;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.packing.PackingEvents;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.shipping.TrackingNumbers;
import com.renewalpost.fulfilment.shipping.TrackingNumbersExhausted;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Print runs: made from a selection, printed order by order (see {@link RunPrinting}), looked at,
 * downloaded and reprinted. A reprint is recorded on each order's timeline with who and why, and
 * prints the same code: documents are always made from the codes the orders already hold.
 */
@ApplicationScoped
@Transactional
public class PrintRuns {

    private static final Logger LOG = Logger.getLogger(PrintRuns.class.getName());
    /**
     * The print-run timer. Its unit is the one the timer records in: Payara 6.2025.10 scales a
     * timer's mean and max to seconds from the unit declared, so a timer declared in seconds
     * showed them in nanoseconds; its quantiles stay in nanoseconds whatever the unit, so they are
     * switched off (microprofile-config.properties) and come from the buckets instead.
     */
    static final Metadata DURATION = Metadata.builder().withName(OperationsMetrics.PRINT_RUN_DURATION)
            .withDescription("How long print runs took, from selecting the orders to the last one printed or held")
            .withUnit(MetricUnits.NANOSECONDS).build();

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

    /**
     * Told as a run is made, so that a page can show how far a run of hundreds has come. Called
     * on the thread making the run.
     */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** The run is open and will print this many orders. */
        default void started(long runId, int orders) {
        }

        /** One more selected order is done (printed, held or skipped). */
        default void done(int line) {
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    RunPrinting printing;
    @Inject
    PrintRunDocuments documents;
    @Inject
    PrintQueue queue;
    @Inject
    Orders orders;
    @Inject
    TrackingNumbers trackingNumbers;
    @Inject
    PackingEvents packingEvents;
    @Inject
    Clock clock;
    @Inject
    MetricRegistry registry;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "fulfilment.print-run.max-orders", defaultValue = "2000")
    int maxOrders;

    /**
     * Makes and prints a run; returns its id. Each order is printed in its own transaction, in
     * the order of the selection; an order that cannot get a code or a tracking number goes
     * ON_HOLD with the reason and the run goes on. Its duration, from selection to the last
     * order, goes to the print-run timer at /metrics.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long create(PrintRunRequest request, String actor) {
        return create(request, actor, Progress.NONE);
    }

    /** {@link #create(PrintRunRequest, String)}, telling {@code progress} how far it has come. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long create(PrintRunRequest request, String actor, Progress progress) {
        long started = System.nanoTime();
        var selected = select(request);
        var runId = open(describe(request, selected.size()), actor);
        progress.started(runId, selected.size());
        int line = 0;
        for (var number : selected) {
            line++;
            RunPrinting.Line outcome;
            try {
                outcome = printing.print(runId, line, number, actor);
            } catch (TrackingNumbersExhausted exhausted) {
                outcome = printing.hold(runId, line, number, actor, exhausted.text());
            }
            if (outcome.outcome() != PrintRunItem.Outcome.PRINTED) {
                var logged = outcome;
                LOG.info(() -> "Print run " + runId + ": " + logged.orderNumber() + " " + logged.outcome() + ", "
                        + logged.reason());
            }
            progress.done(line);
        }
        printing.complete(runId);
        // recorded here, not by @Timed: runs started from the staff page come through this method too
        duration().update(Duration.ofNanos(System.nanoTime() - started));
        return runId;
    }

    /** Two runs opened at the same moment may pick the same number of the day; the unique key refuses one, which tries again. */
    private long open(Message selection, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return printing.open(selection, actor);
            } catch (RuntimeException sameNumber) {
                if (attempt == 3) {
                    throw sameNumber;
                }
            }
        }
    }

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
        var byStation = packingEvents.mismatchesByStation(runId);
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

    /**
     * Records a reprint of the whole run on every order's timeline. Only while no letter of the
     * run has left the printer's tray for an envelope: a second copy of a packed letter would be
     * a loose activation code.
     */
    @Transactional
    public ReprintView reprintRun(long runId, String reason, String actor) {
        var why = requireReason(reason);
        var run = run(runId);
        var lines = em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order WHERE i.run = :r AND i.outcome = :o "
                        + "ORDER BY i.line", PrintRunItem.class)
                .setParameter("r", run).setParameter("o", PrintRunItem.Outcome.PRINTED).getResultList();
        if (lines.isEmpty()) {
            throw new ProblemException(Response.Status.CONFLICT, "nothing-to-reprint",
                    Message.of("reprint.nothing", run.name()));
        }
        var moved = lines.stream().filter(i -> i.order().status() != OrderStatus.PRINTED)
                .map(i -> i.order().number().value() + " (" + i.order().status() + ")").toList();
        if (!moved.isEmpty()) {
            throw new ProblemException(Response.Status.CONFLICT, "reprint-not-allowed",
                    Message.of("reprint.pastPrinted", moved.size(), run.name(), String.join(", ", moved)));
        }
        var now = now();
        for (var line : lines) {
            orders.byNumberForUpdate(line.order().number()).orElseThrow().record(TimelineEntry.Kind.REPRINT, actor,
                    Message.of("timeline.runReprinted", run.name(), why), now);
        }
        var reprint = new Reprint(run, null, actor, why, now);
        em.persist(reprint);
        audit.record(actor, AuditAction.REPRINT, "run " + run.name(), Message.of("audit.runReprinted", lines.size(), why));
        em.flush();
        return new ReprintView(reprint.id(), null, actor, why, now);
    }

    /** Records the reprint of one letter and label, while the order is PRINTED (not yet packed). */
    @Transactional
    public ReprintView reprintItem(long runId, OrderNumber number, String reason, String actor) {
        var why = requireReason(reason);
        var run = run(runId);
        printedLine(run, number);
        var order = orders.byNumberForUpdate(number).orElseThrow();
        if (order.status() != OrderStatus.PRINTED) {
            throw new ProblemException(Response.Status.CONFLICT, "reprint-not-allowed",
                    Message.of("reprint.itemNotAllowed", number, order.status()));
        }
        var now = now();
        order.record(TimelineEntry.Kind.REPRINT, actor, Message.of("timeline.itemReprinted", run.name(), why), now);
        var reprint = new Reprint(run, order, actor, why, now);
        em.persist(reprint);
        audit.record(actor, AuditAction.REPRINT, number.value(), Message.of("audit.itemReprinted", run.name(), why));
        em.flush();
        return new ReprintView(reprint.id(), number.value(), actor, why, now);
    }

    private List<OrderNumber> select(PrintRunRequest request) {
        if (request == null) {
            throw badSelection();
        }
        int ways = (request.orderNumbers() != null ? 1 : 0) + (request.next() != null ? 1 : 0)
                + (Boolean.TRUE.equals(request.allReady()) ? 1 : 0);
        if (ways != 1) {
            throw badSelection();
        }
        List<OrderNumber> selected;
        if (request.orderNumbers() != null) {
            selected = given(request.orderNumbers());
        } else {
            if (request.next() != null && request.next() < 1) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-selection", Message.of("selection.next"));
            }
            // counted first, so that a queue of 50,000 is refused without being read
            long ready = queue.count();
            long wanted = request.next() != null ? Math.min(request.next(), ready) : ready;
            if (wanted > maxOrders) {
                throw tooLarge(wanted);
            }
            selected = queue.entries(0, (int) wanted).stream().map(e -> new OrderNumber(e.number())).toList();
        }
        if (selected.isEmpty()) {
            throw new ProblemException(Response.Status.CONFLICT, "nothing-to-print", Message.of("selection.nothing"));
        }
        if (selected.size() > maxOrders) {
            throw tooLarge(selected.size());
        }
        return selected;
    }

    private ProblemException tooLarge(long selected) {
        return new ProblemException(Response.Status.BAD_REQUEST, "run-too-large",
                Message.of("selection.tooLarge", selected, maxOrders));
    }

    private List<OrderNumber> given(List<String> typed) {
        List<ProblemDetail.FieldText> errors = new ArrayList<>();
        var numbers = new LinkedHashSet<OrderNumber>();
        for (int i = 0; i < typed.size(); i++) {
            var parsed = OrderNumber.parse(typed.get(i));
            if (parsed.isEmpty()) {
                errors.add(new ProblemDetail.FieldText("orderNumbers[" + i + "]",
                        Message.of("order.notANumber", typed.get(i))));
            } else if (orders.byNumber(parsed.get()).isEmpty()) {
                errors.add(new ProblemDetail.FieldText("orderNumbers[" + i + "]", Message.of("order.unknown", parsed.get())));
            } else {
                numbers.add(parsed.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-selection",
                    Message.of("selection.numbersNeedAttention", errors.size())).withErrors(null, errors));
        }
        return List.copyOf(numbers);
    }

    private static ProblemException badSelection() {
        return new ProblemException(Response.Status.BAD_REQUEST, "invalid-selection", Message.of("selection.exactlyOne"));
    }

    private static Message describe(PrintRunRequest request, int count) {
        if (request.orderNumbers() != null) {
            return Message.of("selection.chosen", count);
        }
        return request.next() != null ? Message.of("selection.nextOfQueue", request.next(), count)
                : Message.of("selection.allReady", count);
    }

    private PrintRun run(long runId) {
        var run = em.find(PrintRun.class, runId);
        if (run == null) {
            throw new ProblemException(Response.Status.NOT_FOUND, "unknown-print-run",
                    Message.of("print.unknownRun", String.valueOf(runId)));
        }
        return run;
    }

    private PrintRunItem printedLine(PrintRun run, OrderNumber number) {
        return em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order o JOIN FETCH o.product "
                        + "WHERE i.run = :r AND o.number = :n AND i.outcome = :p", PrintRunItem.class)
                .setParameter("r", run).setParameter("n", number.value())
                .setParameter("p", PrintRunItem.Outcome.PRINTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "not-in-run",
                        Message.of("print.notInRun", number, run.name())));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "reason-required",
                    Message.of("reprint.reason")).withErrors(null, List.of(new ProblemDetail.FieldText("reason",
                    Message.of("reprint.reasonField")))));
        }
        return reason.strip();
    }

    private static long count(List<PrintRunItem> lines, PrintRunItem.Outcome outcome) {
        return lines.stream().filter(i -> i.outcome() == outcome).count();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The run timer, made once: Payara's registry is not safe against two threads creating the same
     * timer (a ConcurrentModificationException when the first runs of two instances finished together).
     */
    private synchronized org.eclipse.microprofile.metrics.Timer duration() {
        return registry.timer(DURATION);
    }
}
