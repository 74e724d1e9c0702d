package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.packing.Scan;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.postage.Postage;
import com.renewalpost.fulfilment.postage.PostageRates;
import com.renewalpost.fulfilment.postage.Tariff;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.shipping.TrackingNumber;
import com.renewalpost.fulfilment.shipping.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day's hand-over to the post. Packed items are scanned into an open dispatch, each priced
 * from the tariff in force on the posting date (or overridden, with a reason); closing posts
 * them all at once (POSTED, with the posting date and postage kept on the shipment) and freezes
 * the dispatch. Every change locks the dispatch row, so nothing slips in while it closes.
 */
@ApplicationScoped
public class Dispatches {

    public record ItemView(int line, String orderNumber, String trackingNumber, String destination, String service,
                           int weightGrams, String zone, BigDecimal postage, String currency, String postageSource,
                           String overrideReason, String orderStatus) {
    }

    /** Items and postage of one currency (and, in byService, of one service). */
    public record Total(String service, String currency, long items, int weightGrams, BigDecimal postage) {
    }

    public record DispatchView(long id, LocalDate postingDate, String postOffice, String status,
                               OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt, String closedBy,
                               List<ItemView> items, List<Total> totals, List<Total> byService) {
    }

    public record OpenRequest(String postOffice) {
    }

    /** A packed item not yet in any dispatch: what is left to hand over. */
    public record Waiting(String orderNumber, String trackingNumber, String destination, String service,
                          OffsetDateTime packedAt) {
    }

    public record PostageOverride(BigDecimal amount, String currency, String reason) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    Shipments shipments;
    @Inject
    PostageRates rates;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.dispatch.post-office")
    String defaultPostOffice;

    /** Opens a dispatch for today. */
    @Transactional
    public DispatchView open(OpenRequest request, String actor) {
        var office = request != null && request.postOffice() != null && !request.postOffice().isBlank()
                ? request.postOffice().strip() : defaultPostOffice;
        if (office.length() > 200) {
            throw problem(Response.Status.BAD_REQUEST, "invalid-post-office", "Name the post office in 200 characters or fewer");
        }
        var now = now();
        var dispatch = new Dispatch(calendar.today(), office, now, actor);
        em.persist(dispatch);
        em.flush();
        return view(dispatch);
    }

    /** Adds a packed item by the scan of its order or tracking number, priced from today's tariff. */
    @Transactional
    public ItemView add(long dispatchId, String code, String actor) {
        var dispatch = openDispatch(dispatchId);
        var scan = Scan.of(code);
        Order order;
        if (scan instanceof Scan.OfOrder ofOrder) {
            order = orders.byNumber(ofOrder.number()).orElseThrow(() -> problem(Response.Status.NOT_FOUND,
                    "unknown-order", "There is no order " + ofOrder.number()));
        } else if (scan instanceof Scan.OfTracking ofTracking) {
            order = shipments.byTrackingNumber(ofTracking.number()).map(Shipment::order).orElseThrow(() -> problem(
                    Response.Status.NOT_FOUND, "unknown-tracking-number", "No item carries tracking number "
                            + ofTracking.number()));
        } else {
            throw misread(scan);
        }
        order = orders.byNumberForUpdate(order.number()).orElseThrow();
        var shipment = shipments.ofOrderForUpdate(order).orElse(null);
        if (shipment != null && shipment.dispatchId().isPresent()) {
            var where = shipment.dispatchId().get().equals(dispatchId) ? "this dispatch" : "dispatch " + shipment.dispatchId().get();
            throw problem(Response.Status.CONFLICT, "already-dispatched", "Order " + order.number()
                    + " is already in " + where + ": an item belongs to one dispatch only");
        }
        if (order.status() != OrderStatus.PACKED || shipment == null) {
            throw problem(Response.Status.CONFLICT, "not-packed", "Order " + order.number() + " is "
                    + order.status() + "; only PACKED items are handed to the post");
        }
        if (order.postalService().tracked() && shipment.trackingNumber().isEmpty()) {
            throw problem(Response.Status.CONFLICT, "tracking-label-missing", "Order " + order.number() + " goes by "
                    + order.postalService() + " but has no tracking number: attach its pre-printed label first");
        }
        var postage = price(rates.tariff(), shipment, dispatch.postingDate());
        Integer last = em.createQuery("SELECT MAX(s.dispatchLine) FROM Shipment s WHERE s.dispatchId = :d",
                Integer.class).setParameter("d", dispatchId).getSingleResult();
        shipment.addTo(dispatchId, last == null ? 1 : last + 1, postage, now());
        return item(shipment);
    }

    /** Takes an item out of an open dispatch (it stays PACKED). */
    @Transactional
    public DispatchView remove(long dispatchId, OrderNumber number) {
        var dispatch = openDispatch(dispatchId);
        itemOf(dispatchId, number).removeFromDispatch();
        return view(dispatch);
    }

    /** Sets an item's postage by hand, with the reason; closing keeps it. */
    @Transactional
    public ItemView overridePostage(long dispatchId, OrderNumber number, PostageOverride override, String actor) {
        openDispatch(dispatchId);
        if (override == null || override.amount() == null || override.amount().signum() < 0
                || override.amount().scale() > 2) {
            throw problem(Response.Status.BAD_REQUEST, "invalid-postage", "amount is 0 or more with at most 2 decimals");
        }
        if (override.reason() == null || override.reason().isBlank() || override.reason().length() > 500) {
            throw problem(Response.Status.BAD_REQUEST, "reason-required", "Say why the postage differs from the tariff");
        }
        String currency;
        try {
            currency = Currency.getInstance(override.currency().strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (RuntimeException e) {
            throw problem(Response.Status.BAD_REQUEST, "invalid-postage", "currency is an ISO 4217 code, e.g. USD");
        }
        var shipment = itemOf(dispatchId, number);
        var zone = shipment.postage().map(Postage::zone).orElse(rates.tariff().zoneOf(shipment.destination()));
        shipment.charge(new Postage(zone, override.amount(), currency, null, Postage.Source.OVERRIDE,
                override.reason().strip()));
        shipment.order().record(TimelineEntry.Kind.NOTE, actor, "Postage set by hand to " + override.amount()
                + " " + currency + ": " + override.reason().strip(), now());
        return item(shipment);
    }

    /**
     * Posts every item (POSTED, posting date, postage from the tariff in force on the posting
     * date unless overridden) and closes the dispatch for good. Refused when already closed, when
     * empty, when an item's order is no longer PACKED, or when postage is in several currencies.
     */
    @Transactional
    public DispatchView close(long dispatchId, String actor) {
        var dispatch = locked(dispatchId);
        if (!dispatch.isOpen()) {
            throw problem(Response.Status.CONFLICT, "dispatch-closed", "Dispatch " + dispatchId + " was closed at "
                    + dispatch.closedAt().orElseThrow() + " by " + dispatch.closedBy() + "; it cannot be closed twice");
        }
        var items = shipments.inDispatch(dispatchId);
        if (items.isEmpty()) {
            throw problem(Response.Status.CONFLICT, "empty-dispatch", "Dispatch " + dispatchId + " has no items");
        }
        var tariff = rates.tariff();
        List<String> problems = new ArrayList<>();
        for (var shipment : items) {
            var order = orders.byNumberForUpdate(shipment.order().number()).orElseThrow();
            if (order.status() != OrderStatus.PACKED) {
                problems.add(order.number() + " is " + order.status() + " (remove it)");
            }
            if (shipment.postage().map(p -> p.source() == Postage.Source.TARIFF).orElse(true)) {
                // the tariff in force on the posting date may have changed since the item was added
                shipment.charge(price(tariff, shipment, dispatch.postingDate()));
            }
        }
        var currencies = items.stream().map(s -> s.postage().orElseThrow().currency()).distinct().toList();
        if (currencies.size() > 1) {
            problems.add("postage is in " + currencies + "; a manifest has one currency (override the odd ones)");
        }
        if (!problems.isEmpty()) {
            throw problem(Response.Status.CONFLICT, "dispatch-not-ready", "Dispatch " + dispatchId
                    + " cannot be closed: " + String.join("; ", problems));
        }
        var now = now();
        for (var shipment : items) {
            var postage = shipment.postage().orElseThrow();
            shipment.order().transition(OrderStatus.POSTED, actor, "Handed to the post at " + dispatch.postOffice()
                    + " in dispatch " + dispatchId + " on " + dispatch.postingDate() + ", postage "
                    + postage.amount().toPlainString() + " " + postage.currency(), now);
            shipment.posted(dispatch.postingDate());
        }
        dispatch.close(now, actor);
        return view(dispatch);
    }

    @Transactional
    public DispatchView view(long dispatchId) {
        return view(find(dispatchId));
    }

    @Transactional
    public List<DispatchView> onDate(LocalDate date, PageRequest page) {
        return page.of(em.createQuery("SELECT d FROM Dispatch d WHERE d.postingDate = :d ORDER BY d.id", Dispatch.class)
                .setParameter("d", date)).stream().map(this::view).toList();
    }

    @Transactional
    public long countOnDate(LocalDate date) {
        return em.createQuery("SELECT COUNT(d) FROM Dispatch d WHERE d.postingDate = :d", Long.class)
                .setParameter("d", date).getSingleResult();
    }

    /** Packed items in no dispatch yet, packed longest ago first (at most {@code max}). */
    @Transactional
    public List<Waiting> awaitingDispatch(int max) {
        return em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.order o WHERE o.status = :packed "
                        + "AND s.dispatchId IS NULL ORDER BY s.packedAt, s.id", Shipment.class)
                .setParameter("packed", OrderStatus.PACKED)
                .setMaxResults(max)
                .getResultStream()
                .map(s -> new Waiting(s.order().number().value(), s.trackingNumber().map(TrackingNumber::value)
                        .orElse(null), s.destination(), s.postalService().name(), s.packedAt().orElse(null)))
                .toList();
    }

    /** A closed dispatch with its items in line order, for the manifest. */
    @Transactional
    public Closed closed(long dispatchId) {
        var dispatch = find(dispatchId);
        if (dispatch.isOpen()) {
            throw problem(Response.Status.CONFLICT, "dispatch-open", "Dispatch " + dispatchId
                    + " is still open: close it to print its manifest");
        }
        return new Closed(dispatch, view(dispatch).items());
    }

    public record Closed(Dispatch dispatch, List<ItemView> items) {
    }

    private DispatchView view(Dispatch d) {
        var items = shipments.inDispatch(d.id()).stream().map(Dispatches::item).toList();
        return new DispatchView(d.id(), d.postingDate(), d.postOffice(), d.status().name(), d.openedAt(),
                d.openedBy(), d.closedAt().orElse(null), d.closedBy(), items, totals(items, false), totals(items, true));
    }

    static List<Total> totals(List<ItemView> items, boolean byService) {
        Map<String, Total> totals = new TreeMap<>();
        for (var item : items) {
            var service = byService ? item.service() : null;
            var key = service + "/" + item.currency();
            totals.merge(key, new Total(service, item.currency(), 1, item.weightGrams(), item.postage()),
                    (a, b) -> new Total(a.service(), a.currency(), a.items() + b.items(), a.weightGrams() + b.weightGrams(),
                            a.postage().add(b.postage())));
        }
        return List.copyOf(totals.values());
    }

    private static ItemView item(Shipment s) {
        var postage = s.postage().orElseThrow();
        return new ItemView(s.dispatchLine(), s.order().number().value(),
                s.trackingNumber().map(TrackingNumber::value).orElse(null), s.destination(), s.postalService().name(),
                s.weightGrams(), postage.zone(), postage.amount(), postage.currency(), postage.source().name(),
                postage.reason(), s.order().status().name());
    }

    private static Postage price(Tariff tariff, Shipment shipment, LocalDate postingDate) {
        var quote = tariff.quote(shipment.postalService(), shipment.destination(), shipment.weightGrams(), postingDate);
        if (quote instanceof Tariff.Priced priced) {
            return priced.postage();
        }
        throw problem(Response.Status.CONFLICT, "no-postage-rate", "No postage rate for order "
                + shipment.order().number() + ": " + ((Tariff.Unpriced) quote).reason()
                + " (introduce a tariff, or override the postage)");
    }

    private Shipment itemOf(long dispatchId, OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> problem(Response.Status.NOT_FOUND, "unknown-order",
                "There is no order " + number));
        return shipments.ofOrderForUpdate(order).filter(s -> s.dispatchId().map(d -> d == dispatchId).orElse(false))
                .orElseThrow(() -> problem(Response.Status.NOT_FOUND, "not-in-dispatch",
                        "Order " + number + " is not in dispatch " + dispatchId));
    }

    private Dispatch openDispatch(long dispatchId) {
        var dispatch = locked(dispatchId);
        if (!dispatch.isOpen()) {
            throw problem(Response.Status.CONFLICT, "dispatch-closed", "Dispatch " + dispatchId
                    + " is closed; a closed dispatch never changes");
        }
        return dispatch;
    }

    private Dispatch locked(long dispatchId) {
        var dispatch = em.find(Dispatch.class, dispatchId, LockModeType.PESSIMISTIC_WRITE);
        if (dispatch == null) {
            throw problem(Response.Status.NOT_FOUND, "unknown-dispatch", "There is no dispatch " + dispatchId);
        }
        return dispatch;
    }

    private Dispatch find(long dispatchId) {
        var dispatch = em.find(Dispatch.class, dispatchId);
        if (dispatch == null) {
            throw problem(Response.Status.NOT_FOUND, "unknown-dispatch", "There is no dispatch " + dispatchId);
        }
        return dispatch;
    }

    private static ProblemException misread(Scan scan) {
        var reason = scan instanceof Scan.Misread m ? m.reason()
                : "'" + scan.text() + "' is neither an order number nor a tracking number";
        return new ProblemException(new Problem("/problems/misread-scan", "Unprocessable Content", 422, reason,
                List.of()));
    }

    private static ProblemException problem(Response.Status status, String type, String detail) {
        return new ProblemException(Problem.of(status, type, detail));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
