package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.packing.Scan;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.postage.PostageRates;
import com.renewalpost.fulfilment.postage.Tariff;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
@Transactional
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
    DeliveryStandards deliveryStandards;
    @Inject
    Event<LetterPosted> letterPosted;
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
            throw problem(DomainException.Kind.INVALID, "invalid-post-office", Message.of("dispatch.postOfficeName"));
        }
        var now = now();
        var dispatch = new Dispatch(calendar.today(), office, now, actor);
        em.persist(dispatch);
        em.flush();
        return view(dispatch);
    }

    /**
     * A dispatch handed to the post office on an earlier day and recorded only now: its items are
     * posted on that day. Not offered over the API or the pages; the demo gives its settled letters
     * a past with it (a posting date their deliveries can follow by the days the post takes).
     */
    @Transactional
    public DispatchView openHandedOverOn(LocalDate postingDate, String actor) {
        if (postingDate.isAfter(calendar.today())) {
            throw new IllegalArgumentException("a dispatch handed over on a later day: " + postingDate);
        }
        var dispatch = new Dispatch(postingDate, defaultPostOffice, now(), actor);
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
            order = orders.byNumber(ofOrder.number()).orElseThrow(() -> UnknownOrderException.of(ofOrder.number()));
        } else if (scan instanceof Scan.OfTracking ofTracking) {
            order = shipments.byTrackingNumber(ofTracking.number()).map(Shipment::order).orElseThrow(() -> problem(
                    DomainException.Kind.NOT_FOUND, "unknown-tracking-number",
                    Message.of("dispatch.unknownTracking", ofTracking.number())));
        } else {
            throw misread(scan);
        }
        order = orders.byNumberForUpdate(order.number()).orElseThrow();
        var shipment = shipments.ofOrderForUpdate(order).orElse(null);
        if (shipment != null && shipment.dispatchId().isPresent()) {
            var where = shipment.dispatchId().get().equals(dispatchId) ? Message.of("dispatch.thisDispatch")
                    : Message.of("dispatch.otherDispatch", String.valueOf(shipment.dispatchId().get()));
            throw problem(DomainException.Kind.CONFLICT, "already-dispatched",
                    Message.of("dispatch.alreadyDispatched", order.number(), where));
        }
        if (order.status() != OrderStatus.PACKED || shipment == null) {
            throw problem(DomainException.Kind.CONFLICT, "not-packed", Message.of("dispatch.notPacked", order.number(),
                    order.status()));
        }
        if (shipment.awaitsTrackingLabel()) {
            throw problem(DomainException.Kind.CONFLICT, "tracking-label-missing", Message.of("dispatch.labelMissing",
                    order.number(), order.postalService()));
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
            throw problem(DomainException.Kind.INVALID, "invalid-postage", Message.of("dispatch.amount"));
        }
        if (override.reason() == null || override.reason().isBlank() || override.reason().length() > 500) {
            throw problem(DomainException.Kind.INVALID, "reason-required", Message.of("dispatch.reasonRequired"));
        }
        String currency;
        try {
            currency = Currency.getInstance(override.currency().strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (RuntimeException e) {
            throw problem(DomainException.Kind.INVALID, "invalid-postage", Message.of("dispatch.currency"));
        }
        var shipment = itemOf(dispatchId, number);
        var zone = shipment.postage().map(Postage::zone).orElse(rates.tariff().zoneOf(shipment.destination()));
        shipment.charge(new Postage(zone, override.amount(), currency, null, Postage.Source.OVERRIDE,
                override.reason().strip()));
        shipment.order().record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.postageOverride",
                override.amount().toPlainString(), currency, override.reason().strip()), now());
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
            throw problem(DomainException.Kind.CONFLICT, "dispatch-closed", Message.of("dispatch.closedTwice", String.valueOf(dispatchId),
                    dispatch.closedAt().orElseThrow().toString(), dispatch.closedBy()));
        }
        var items = shipments.inDispatch(dispatchId);
        if (items.isEmpty()) {
            throw problem(DomainException.Kind.CONFLICT, "empty-dispatch", Message.of("dispatch.empty", String.valueOf(dispatchId)));
        }
        var tariff = rates.tariff();
        List<Message> problems = new ArrayList<>();
        for (var shipment : items) {
            var order = orders.byNumberForUpdate(shipment.order().number()).orElseThrow();
            if (order.status() != OrderStatus.PACKED) {
                problems.add(Message.of("dispatch.removeItem", order.number(), order.status()));
            }
            if (shipment.postage().map(p -> p.source() == Postage.Source.TARIFF).orElse(true)) {
                // the tariff in force on the posting date may have changed since the item was added
                shipment.charge(price(tariff, shipment, dispatch.postingDate()));
            }
        }
        var currencies = items.stream().map(s -> s.postage().orElseThrow().currency()).distinct().toList();
        if (currencies.size() > 1) {
            problems.add(Message.of("dispatch.currencies", currencies.toString()));
        }
        if (!problems.isEmpty()) {
            throw problem(DomainException.Kind.CONFLICT, "dispatch-not-ready", Message.of("dispatch.notReady", String.valueOf(dispatchId),
                    problems.stream().reduce((a, b) -> Message.of("problem.separator", a, b)).orElseThrow()));
        }
        var now = now();
        var standards = deliveryStandards.table();
        for (var shipment : items) {
            var postage = shipment.postage().orElseThrow();
            var order = shipment.order();
            order.post(dispatch.postingDate(), standards.transitDays(order.address().countryCode(), order.postalService()),
                    actor, Message.of("timeline.posted", dispatch.postOffice(), String.valueOf(dispatchId),
                            dispatch.postingDate().toString(), postage.amount().toPlainString(), postage.currency()), now);
            shipment.posted(dispatch.postingDate());
            letterPosted.fire(new LetterPosted(shipment.order(), actor, now));
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
            throw problem(DomainException.Kind.CONFLICT, "dispatch-open", Message.of("dispatch.stillOpen", String.valueOf(dispatchId)));
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
        throw problem(DomainException.Kind.CONFLICT, "no-postage-rate", Message.of("dispatch.noRate",
                shipment.order().number(), ((Tariff.Unpriced) quote).reason()));
    }

    private Shipment itemOf(long dispatchId, OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> UnknownOrderException.of(number));
        return shipments.ofOrderForUpdate(order).filter(s -> s.dispatchId().map(d -> d == dispatchId).orElse(false))
                .orElseThrow(() -> problem(DomainException.Kind.NOT_FOUND, "not-in-dispatch",
                        Message.of("dispatch.notInDispatch", number, String.valueOf(dispatchId))));
    }

    private Dispatch openDispatch(long dispatchId) {
        var dispatch = locked(dispatchId);
        if (!dispatch.isOpen()) {
            throw problem(DomainException.Kind.CONFLICT, "dispatch-closed", Message.of("dispatch.closed", String.valueOf(dispatchId)));
        }
        return dispatch;
    }

    private Dispatch locked(long dispatchId) {
        var dispatch = em.find(Dispatch.class, dispatchId, LockModeType.PESSIMISTIC_WRITE);
        if (dispatch == null) {
            throw problem(DomainException.Kind.NOT_FOUND, "unknown-dispatch", Message.of("dispatch.unknown", String.valueOf(dispatchId)));
        }
        return dispatch;
    }

    private Dispatch find(long dispatchId) {
        var dispatch = em.find(Dispatch.class, dispatchId);
        if (dispatch == null) {
            throw problem(DomainException.Kind.NOT_FOUND, "unknown-dispatch", Message.of("dispatch.unknown", String.valueOf(dispatchId)));
        }
        return dispatch;
    }

    private static DomainException misread(Scan scan) {
        var reason = scan instanceof Scan.Misread m ? m.reason() : Message.of("scan.neither", scan.text());
        return DomainException.unprocessable("misread-scan", reason);
    }

    private static DomainException problem(DomainException.Kind kind, String type, Text detail) {
        return new DomainException(kind, type, detail);
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
