package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.renewal.RenewalTimetable;
import com.renewalpost.fulfilment.tracking.TrackingStatus;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.fulfilment.notifications.OutboxEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The promise per order, read from the orders, their timelines, tracking events and outbox in four queries per page
 * of orders (never one per order), judged by {@link PromiseRule}. Orders are chosen by their plan's expiry; cancelled
 * orders and orders without a known expiry are not promised anything.
 */
@ApplicationScoped
@Transactional
public class PromiseLedger {

    public static final int MAX_WINDOW_DAYS = 366;
    /** The most rows one CSV holds: a longer one is refused with a 400 that says so (choose a shorter window). */
    public static final int MOST_CSV_ROWS = 20_000;
    /** Orders read at a time when every order of a window is wanted (the CSV, the dashboard). */
    static final int CHUNK = 500;
    private static final List<EmailKind> CODE_KINDS =
            List.of(EmailKind.values()).stream().filter(EmailKind::carriesCode).toList();

    /** A window of plan expiries, both days included, at most {@value #MAX_WINDOW_DAYS} days long. */
    public record Window(LocalDate from, LocalDate to) {
        public Window {
            if (from == null || to == null) {
                throw DomainException.invalid("invalid-window", Message.of("promise.windowRequired"));
            }
            if (to.isBefore(from)) {
                throw DomainException.invalid("invalid-window",
                        Message.of("promise.windowOrder", from.toString(), to.toString()));
            }
            if (ChronoUnit.DAYS.between(from, to) >= MAX_WINDOW_DAYS) {
                throw DomainException.invalid("invalid-window",
                        Message.of("promise.windowTooLong", String.valueOf(MAX_WINDOW_DAYS)));
            }
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards standards;
    @Inject
    RenewalTimetable timetable;
    @Inject
    Clock clock;

    private static final String IN_WINDOW = " FROM Order o WHERE o.planExpiresOn BETWEEN :f AND :t "
            + "AND o.status <> :cancelled";

    public long count(Window window) {
        return em.createQuery("SELECT COUNT(o)" + IN_WINDOW, Long.class)
                .setParameter("f", window.from()).setParameter("t", window.to())
                .setParameter("cancelled", OrderStatus.CANCELLED).getSingleResult();
    }

    /** One page of the window's orders, soonest expiry first, pending ones included. */
    public List<PromiseOutcome> page(Window window, int first, int max) {
        return judge(orders(window, first, max), standards.table(), today());
    }

    /** Every order of the window, a chunk at a time, soonest expiry first. */
    public void each(Window window, Consumer<PromiseOutcome> sink) {
        var table = standards.table();
        var today = today();
        for (int first = 0; ; first += CHUNK) {
            var chunk = orders(window, first, CHUNK);
            // scalar rows only: nothing piles up in the persistence context, which the caller's transaction shares
            judge(chunk, table, today).forEach(sink);
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    /** The window's rows as CSV, every order including the pending ones; refused above {@value #MOST_CSV_ROWS}. */
    public String csv(Window window) {
        long total = count(window);
        if (total > MOST_CSV_ROWS) {
            throw DomainException.invalid("too-many-rows",
                    Message.of("promise.csvTooMany", String.valueOf(total), String.valueOf(MOST_CSV_ROWS)));
        }
        var csv = CsvExport.withColumns(PromiseRow.COLUMNS);
        each(window, o -> csv.row(PromiseRow.of(o).cells()));
        return csv.text();
    }

    /** The promise over the orders whose plan expires in {@code month}: lapses by cause, margins. */
    public PromiseSummary summary(YearMonth month) {
        var summary = new PromiseSummary();
        each(new Window(month.atDay(1), month.atEndOfMonth()), summary::add);
        return summary;
    }

    private LocalDate today() {
        return Clocks.now(clock).toLocalDate();
    }

    /** The order's own columns; the rest of its facts are gathered per page. */
    /** {@code orderedService}: the customer's, which their timetable counts with; {@code service}: the letter's. */
    private record Row(long id, String number, String destination, Channel channel, PostalService service,
                       LocalDate expiry, OffsetDateTime createdAt, String email, PostalService orderedService) {
    }

    private List<Row> orders(Window window, int first, int max) {
        return em.createQuery("SELECT o.id, o.number, o.address.countryCode, o.channel, o.postalService, "
                                + "o.planExpiresOn, o.createdAt, o.customer.email, o.orderedPostalService" + IN_WINDOW
                                + " ORDER BY o.planExpiresOn, o.number", Object[].class)
                .setParameter("f", window.from()).setParameter("t", window.to())
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Channel) r[3],
                        (PostalService) r[4], (LocalDate) r[5], (OffsetDateTime) r[6], (String) r[7],
                        r[8] != null ? (PostalService) r[8] : (PostalService) r[4]))
                .toList();
    }

    private List<PromiseOutcome> judge(List<Row> rows, DeliveryStandards.Table table, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));

        // the day each order left the queue, whether its letter was given up for lost, and its delivery: the first
        // delivery scan of any of its shipments (a reshipped letter counts too), else the move to delivered
        Map<Long, LocalDate> printed = new HashMap<>();
        Map<Long, LocalDate> delivered = new HashMap<>();
        Set<Long> lost = new HashSet<>();
        for (Object[] r : em.createQuery("SELECT t.order.id, t.toStatus, MIN(t.occurredAt) FROM TimelineEntry t "
                        + "WHERE t.order.id IN :ids AND t.toStatus IN :st GROUP BY t.order.id, t.toStatus",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("st", List.of(OrderStatus.PRINTED, OrderStatus.LOST, OrderStatus.DELIVERED))
                .getResultList()) {
            long id = ((Number) r[0]).longValue();
            var on = day((OffsetDateTime) r[2]);
            switch ((OrderStatus) r[1]) {
                case PRINTED -> printed.put(id, on);
                case DELIVERED -> delivered.merge(id, on, PromiseLedger::earlier);
                default -> lost.add(id);
            }
        }
        for (Object[] r : em.createQuery("SELECT s.order.id, e.status, MIN(e.occurredAt) FROM TrackingEvent e, "
                        + "Shipment s WHERE e.shipmentId = s.id AND s.order.id IN :ids AND e.status IN :st "
                        + "GROUP BY s.order.id, e.status", Object[].class)
                .setParameter("ids", ids).setParameter("st", List.of(TrackingStatus.DELIVERED, TrackingStatus.LOST))
                .getResultList()) {
            long id = ((Number) r[0]).longValue();
            if (r[1] == TrackingStatus.DELIVERED) {
                delivered.merge(id, day((OffsetDateTime) r[2]), PromiseLedger::earlier);
            } else {
                lost.add(id);
            }
        }

        // the code emails: the first the mail server accepted, else a failed one, else a waiting one
        Map<Long, CodeEmail> emails = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT e.order.id, e.status, MIN(e.settledAt) FROM OutboxEmail e "
                        + "WHERE e.order.id IN :ids AND e.template IN :kinds GROUP BY e.order.id, e.status",
                        Object[].class)
                .setParameter("ids", ids).setParameter("kinds", CODE_KINDS).getResultList()) {
            long id = ((Number) r[0]).longValue();
            var email = switch ((OutboxEmail.Status) r[1]) {
                case SENT -> CodeEmail.sentOn(day((OffsetDateTime) r[2]));
                case FAILED -> CodeEmail.failed();
                case PENDING -> CodeEmail.pending();
            };
            emails.merge(id, email, PromiseLedger::stronger);
        }

        List<PromiseOutcome> outcomes = new ArrayList<>(rows.size());
        for (Row r : rows) {
            // the latest day to order by the service the customer ordered; the posting deadline by the letter's (the
            // warehouse may have sent it faster)
            int ordered = table.transitDays(r.destination(), r.orderedService());
            var latestDay = timetable.latestDayToOrder(r.expiry(), new RenewalTimetable.Transit(ordered, false),
                    r.channel()).date();
            int transit = table.transitDays(r.destination(), r.service());
            var deadline = PrintQueue.latestPostingDate(r.expiry(), transit, timetable.marginDays());
            var facts = new OrderFacts(r.number(), r.destination(), r.channel(), r.expiry(), day(r.createdAt()),
                    latestDay, deadline, printed.get(r.id()), delivered.get(r.id()), lost.contains(r.id()),
                    r.email() != null && !r.email().isBlank(), emails.getOrDefault(r.id(), CodeEmail.NONE));
            outcomes.add(PromiseRule.judge(facts, today));
        }
        return outcomes;
    }

    /** Sent beats failed beats pending: what the customer could have had. */
    private static CodeEmail stronger(CodeEmail a, CodeEmail b) {
        return a.state().compareTo(b.state()) >= 0 ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate day(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
