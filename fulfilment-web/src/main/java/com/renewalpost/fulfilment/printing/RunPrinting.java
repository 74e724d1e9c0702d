package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.shipping.TrackingNumbers;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The steps of a print run, each in its own transaction: opening the run, printing one order,
 * completing the run. One order failing (no code, no tracking number) never undoes another's.
 */
@ApplicationScoped
@Transactional
public class RunPrinting {

    /** What happened to one selected order. */
    public record Line(int line, String orderNumber, PrintRunItem.Outcome outcome, Message reason,
                       String trackingNumber) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    CodeStock codeStock;
    @Inject
    Shipments shipments;
    @Inject
    TrackingNumbers trackingNumbers;
    @Inject
    PrintRunDocuments documents;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    RenewalFormPages renewalForms;
    @Inject
    Clock clock;

    /** A new run named by today's date and the next number of the day (the unique key settles a tie). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long open(Message selection, String actor) {
        var now = now();
        var today = calendar.today();
        Integer last = em.createQuery("SELECT MAX(r.dayNumber) FROM PrintRun r WHERE r.runDate = :d", Integer.class)
                .setParameter("d", today).getSingleResult();
        var run = new PrintRun(today, last == null ? 1 : last + 1, selection, now, actor);
        em.persist(run);
        em.flush();
        return run.id();
    }

    /**
     * Prints one order into the run: its code (kept if it already has one), a tracking number
     * when its service is tracked and we issue the numbers, a shipment, and PRINTED. Without a
     * code the order goes ON_HOLD (CodeStock does that) and the line says why.
     *
     * @throws com.renewalpost.fulfilment.shipping.TrackingNumbersExhausted rolling back this order
     *         only, code included; the caller then holds it with {@link #hold}
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Line print(long runId, int line, OrderNumber number, String actor) {
        var run = em.find(PrintRun.class, runId);
        var order = orders.byNumberForUpdate(number).orElse(null);
        if (order == null) {
            return new Line(line, number.value(), PrintRunItem.Outcome.SKIPPED, Message.of("print.skipped.unknown"), null);
        }
        if (order.status() != OrderStatus.QUEUED) {
            return record(run, line, order, PrintRunItem.Outcome.SKIPPED,
                    Message.of("print.skipped.notQueued", order.status()), null);
        }
        var now = now();
        var unprintable = documents.unprintable(order, run.runDate());
        if (unprintable.isPresent()) {
            order.transition(OrderStatus.ON_HOLD, actor, unprintable.get(), now);
            return record(run, line, order, PrintRunItem.Outcome.HELD, unprintable.get(), null);
        }
        var allocation = codeStock.allocateFor(order, actor); // locked above
        if (allocation instanceof CodeStock.OutOfStock outOfStock) {
            return record(run, line, order, PrintRunItem.Outcome.HELD, outOfStock.reason(), null);
        }
        var shipment = new Shipment(order, runId, now);
        shipments.add(shipment);
        TrackingNumber tracking = null;
        if (order.postalService().tracked() && trackingNumbers.issuesFor(order.postalService())) {
            tracking = trackingNumbers.issue(order.postalService(), order, now);
            shipment.attach(tracking, TrackingSource.RANGE);
        }
        renewalForms.issueFor(order); // the renewal form printed after the letter: its reference, kept for every reprint
        order.transition(OrderStatus.PRINTED, actor, tracking == null ? Message.of("timeline.printed", run.name())
                : Message.of("timeline.printedTracked", run.name(), tracking), now);
        return record(run, line, order, PrintRunItem.Outcome.PRINTED, null, tracking == null ? null : tracking.value());
    }

    /** Puts an order that could not be printed on hold, with the reason, as a line of the run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Line hold(long runId, int line, OrderNumber number, String actor, Message reason) {
        var run = em.find(PrintRun.class, runId);
        var order = orders.byNumberForUpdate(number).orElseThrow();
        if (order.status() != OrderStatus.QUEUED) {
            return record(run, line, order, PrintRunItem.Outcome.SKIPPED,
                    Message.of("print.skipped.notQueued", order.status()), null);
        }
        order.transition(OrderStatus.ON_HOLD, actor, reason, now());
        return record(run, line, order, PrintRunItem.Outcome.HELD, reason, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long runId) {
        em.find(PrintRun.class, runId).completed(now());
    }

    private Line record(PrintRun run, int line, Order order,
                        PrintRunItem.Outcome outcome, Message reason, String tracking) {
        em.persist(new PrintRunItem(run, line, order, outcome, reason, tracking));
        return new Line(line, order.number().value(), outcome, reason, tracking);
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
