package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reprints of a run or of one letter and label, recorded on each order's timeline and in the audit
 * log with who and why. Only while the letters are still in the printer's tray: a second copy of a
 * packed letter would be a loose activation code. The documents are always made from the codes
 * the orders already hold, so a reprint prints the same code.
 */
@ApplicationScoped
@Transactional
public class Reprints {

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /**
     * Records a reprint of the whole run on every order's timeline. Only while no letter of the
     * run has left the printer's tray for an envelope.
     */
    public PrintRuns.ReprintView reprintRun(long runId, String reason, String actor) {
        var why = requireReason(reason);
        var run = PrintRuns.run(em, runId);
        var lines = em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order WHERE i.run = :r AND i.outcome = :o "
                        + "ORDER BY i.line", PrintRunItem.class)
                .setParameter("r", run).setParameter("o", PrintRunItem.Outcome.PRINTED).getResultList();
        if (lines.isEmpty()) {
            throw DomainException.conflict("nothing-to-reprint", Message.of("reprint.nothing", run.name()));
        }
        var moved = lines.stream().filter(i -> i.order().status() != OrderStatus.PRINTED)
                .map(i -> i.order().number().value() + " (" + i.order().status() + ")").toList();
        if (!moved.isEmpty()) {
            throw DomainException.conflict("reprint-not-allowed",
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
        return new PrintRuns.ReprintView(reprint.id(), null, actor, why, now);
    }

    /** Records the reprint of one letter and label, while the order is PRINTED (not yet packed). */
    public PrintRuns.ReprintView reprintItem(long runId, OrderNumber number, String reason, String actor) {
        var why = requireReason(reason);
        var run = PrintRuns.run(em, runId);
        printedLine(run, number);
        var order = orders.byNumberForUpdate(number).orElseThrow();
        if (order.status() != OrderStatus.PRINTED) {
            throw DomainException.conflict("reprint-not-allowed",
                    Message.of("reprint.itemNotAllowed", number, order.status()));
        }
        var now = now();
        order.record(TimelineEntry.Kind.REPRINT, actor, Message.of("timeline.itemReprinted", run.name(), why), now);
        var reprint = new Reprint(run, order, actor, why, now);
        em.persist(reprint);
        audit.record(actor, AuditAction.REPRINT, number.value(), Message.of("audit.itemReprinted", run.name(), why));
        em.flush();
        return new PrintRuns.ReprintView(reprint.id(), number.value(), actor, why, now);
    }

    private PrintRunItem printedLine(PrintRun run, OrderNumber number) {
        return em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order o JOIN FETCH o.product "
                        + "WHERE i.run = :r AND o.number = :n AND i.outcome = :p", PrintRunItem.class)
                .setParameter("r", run).setParameter("n", number.value())
                .setParameter("p", PrintRunItem.Outcome.PRINTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("not-in-run", Message.of("print.notInRun", number, run.name())));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new DomainException(DomainException.Kind.INVALID, "reason-required", Message.of("reprint.reason"),
                    null, List.of(new DomainException.FieldError("reason", Message.of("reprint.reasonField"))));
        }
        return reason.strip();
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
