package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may have letters, which carry activation codes in clear. A run's letters are a warehouse
 * tool while the run is being packed: at least one of the letters asked for is still PRINTED
 * (not yet in its envelope) and the run was made less than
 * {@code fulfilment.print-run.letters-for-packing-hours} ago. After that a letter is a reveal of
 * codes, as on the order page: support or an admin, with a reason. Every letter download, of
 * either kind, is written to the audit log with who, the run and the order numbers it holds.
 */
@ApplicationScoped
@Transactional
public class LetterCustody {

    static final int MIN_REASON = 5;
    static final int MAX_REASON = 500;
    /** The audit log's detail column holds 1,000 characters: long runs take several rows. */
    static final int AUDIT_DETAIL = 1000;

    @PersistenceContext
    EntityManager em;
    @Inject
    PrintRunDocuments documents;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.print-run.letters-for-packing-hours", defaultValue = "48")
    int packingHours;

    /**
     * The warehouse's letters of the run ({@code item} null) or of one item, while they are being
     * packed; refused (403) after. Audited.
     */
    @Transactional
    public PrintRunDocuments.Content forPacking(long runId, OrderNumber item, String actor) {
        var run = run(runId);
        var letters = printedLetters(run, item);
        if (!forPacking(run.createdAt(), letters.stream().map(Letter::status).toList())) {
            throw DomainException.forbidden("letters-no-longer-packed", item == null
                    ? Message.of("print.runLettersNoLonger", run.name(), packingHours)
                    : Message.of("print.itemLetterNoLonger", item, run.name(), packingHours));
        }
        var content = item == null ? documents.ofRun(runId, DocumentKind.LETTERS)
                : documents.ofItem(runId, item, DocumentKind.LETTERS);
        record(actor, AuditAction.LETTERS_DOWNLOADED, run, item, null, letters);
        return content;
    }

    /** Support's or an admin's letters of the run ({@code item} null) or one item, at any time, for a reason. Audited. */
    @Transactional
    public PrintRunDocuments.Content reveal(long runId, OrderNumber item, String reason, String actor) {
        var why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
            throw DomainException.invalid("reason-required",
                    Message.of("print.lettersReason", MIN_REASON, MAX_REASON)).withErrors(null,
                    List.of(new DomainException.FieldError("reason", Message.of("print.lettersReasonField"))));
        }
        var run = run(runId);
        var letters = printedLetters(run, item);
        var content = item == null ? documents.ofRun(runId, DocumentKind.LETTERS)
                : documents.ofItem(runId, item, DocumentKind.LETTERS);
        record(actor, AuditAction.LETTERS_REVEALED, run, item, why, letters);
        return content;
    }

    /** Whether the warehouse may download the letters of this run now (for the pages' links). */
    @Transactional
    public boolean forPacking(long runId) {
        var run = run(runId);
        return forPacking(run.createdAt(), printedLetters(run, null).stream().map(Letter::status).toList());
    }

    /** Whether letters printed at {@code printedAt} whose orders are now {@code statuses} are still being packed. */
    public boolean forPacking(OffsetDateTime printedAt, List<OrderStatus> statuses) {
        return isBeingPacked(printedAt, statuses, Duration.ofHours(packingHours), OffsetDateTime.now(clock));
    }

    static boolean isBeingPacked(OffsetDateTime printedAt, List<OrderStatus> statuses, Duration window,
                                 OffsetDateTime now) {
        return now.isBefore(printedAt.plus(window)) && statuses.contains(OrderStatus.PRINTED);
    }

    /**
     * The audit rows of one download: who (the actor), the run (and item) as subject, and every
     * order number whose letter it holds, split over as many rows as the detail column needs.
     */
    static List<Message> auditDetails(String reason, List<String> orderNumbers) {
        // the English wording is the longest kept: it sets how many numbers fit a row
        var prefix = reason == null ? "" : "reason: " + reason + " — ";
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int length = 0;
        // room for the prefix and "letters 999-999 of 999: "
        int room = AUDIT_DETAIL - prefix.length() - 40;
        for (var number : orderNumbers) {
            if (!chunk.isEmpty() && length + number.length() + 2 > room) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                length = 0;
            }
            chunk.add(number);
            length += number.length() + 2;
        }
        chunks.add(chunk);
        List<Message> details = new ArrayList<>();
        int first = 1;
        for (var c : chunks) {
            var last = String.valueOf(first + c.size() - 1);
            var total = String.valueOf(orderNumbers.size());
            details.add(reason == null
                    ? Message.of("audit.letters", String.valueOf(first), last, total, String.join(", ", c))
                    : Message.of("audit.lettersWithReason", reason, String.valueOf(first), last, total, String.join(", ", c)));
            first += c.size();
        }
        return details;
    }

    private void record(String actor, AuditAction action, PrintRun run, OrderNumber item, String reason,
                        List<Letter> letters) {
        var subject = item == null ? "run " + run.name() : item.value() + " (run " + run.name() + ")";
        for (var detail : auditDetails(reason, letters.stream().map(Letter::number).toList())) {
            audit.record(actor, action, subject, detail);
        }
    }

    /** One printed letter of a run: its order and where that order is now. */
    record Letter(String number, OrderStatus status) {
    }

    private List<Letter> printedLetters(PrintRun run, OrderNumber item) {
        var query = em.createQuery("SELECT o.number, o.status FROM PrintRunItem i JOIN i.order o WHERE i.run = :r "
                        + "AND i.outcome = :p" + (item == null ? "" : " AND o.number = :n") + " ORDER BY i.line",
                        Object[].class)
                .setParameter("r", run).setParameter("p", PrintRunItem.Outcome.PRINTED);
        if (item != null) {
            query.setParameter("n", item.value());
        }
        var letters = query.getResultStream().map(row -> new Letter(String.valueOf(row[0]), (OrderStatus) row[1]))
                .toList();
        if (letters.isEmpty()) {
            throw DomainException.notFound("not-in-run", item == null
                    ? Message.of("print.noLetters", run.name()) : Message.of("print.notInRun", item, run.name()));
        }
        return letters;
    }

    private PrintRun run(long runId) {
        var run = em.find(PrintRun.class, runId);
        if (run == null) {
            throw DomainException.notFound("unknown-print-run",
                    Message.of("print.unknownRun", String.valueOf(runId)));
        }
        return run;
    }
}
