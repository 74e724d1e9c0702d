package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.Milestones;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes tracking events in, once each, and lets the shipment and its order follow. The order's
 * row is locked first (as everywhere else) so that events of one letter are applied one after
 * another: the duplicate check under that lock is exact, and the database's unique key catches
 * repeats of events that match no shipment yet.
 */
@ApplicationScoped
@Transactional
public class TrackingEvents {

    /** What became of one event. */
    public sealed interface Outcome permits Applied, Duplicate, Unmatched, Conflict {
        String name();
    }

    /** Kept and applied: the shipment's status and the order's, after it. */
    public record Applied(String orderNumber, TrackingStatus shipmentStatus, OrderStatus orderStatus)
            implements Outcome {
        public String name() { return "APPLIED"; }
    }

    /** Received before (same event id on the same letter, or same number, time and status): nothing changed. */
    public record Duplicate() implements Outcome {
        public String name() { return "DUPLICATE"; }
    }

    /**
     * The carrier's event id on this tracking number was received before saying something else
     * (another status or time): the first is kept, this one is not, and the sender is told.
     */
    public record Conflict(String trackingNumber, String eventId, TrackingStatus keptStatus, OffsetDateTime keptAt,
                           TrackingStatus receivedStatus, OffsetDateTime receivedAt) implements Outcome {
        public String name() { return "CONFLICT"; }

        /** For a person: what was kept and what was refused. */
        public Message explanation() {
            return Message.of("tracking.conflict", eventId, trackingNumber, keptStatus, keptAt.toInstant().toString(),
                    receivedStatus, receivedAt.toInstant().toString());
        }
    }

    /** Kept, waiting for a shipment with its tracking number. */
    public record Unmatched(String trackingNumber) implements Outcome {
        public String name() { return "UNMATCHED"; }
    }

    /**
     * Events from before a letter was printed are about an earlier item with the same number (S10
     * numbers are reused after the reuse period); a day's slack allows for carriers' clocks.
     */
    static final Duration BEFORE_PRINTING_SLACK = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
    @Inject
    Shipments shipments;
    @Inject
    Clock clock;
    @Inject
    TrackingSettings settings;

    /** An event from the carrier (webhook or CSV row), in the caller's transaction or its own. */
    @Transactional
    public Outcome receive(CarrierEvent event, EventSource source, String actor) {
        refuseFuture(event.occurredAt());
        var shipment = lockedShipmentFor(event.trackingNumber(), event.occurredAt());
        if (shipment.isEmpty()) {
            var before = stored(event.key());
            if (before.isPresent()) {
                return repeatOrConflict(event, before.get());
            }
            em.persist(new TrackingEvent(event.key(), event.trackingNumber().value(), null, event.status(),
                    event.occurredAt(), event.location(), event.description(), source, actor, null, now()));
            // a concurrent twin fails here, on the unique key, rather than at commit
            em.flush();
            return new Unmatched(event.trackingNumber().value());
        }
        var s = shipment.get();
        // one read under the order's lock: this event if it came before, and the letter's waiting events
        var known = sameOrWaiting(s, event.key());
        var before = known.stream().filter(e -> e.key().equals(event.key())).findFirst();
        if (before.isPresent()) {
            return repeatOrConflict(event, before.get());
        }
        var now = now();
        known.forEach(e -> e.attachTo(s.shipmentId(), now));
        var stored = new TrackingEvent(event.key(), event.trackingNumber().value(), s.shipmentId(), event.status(),
                event.occurredAt(), event.location(), event.description(), source, actor, null, now);
        // written at commit, not flushed now: a twin waits for the order's lock and then finds it above (a
        // twin stored unmatched meanwhile fails the commit on the unique key, which the caller takes as a lost race)
        em.persist(stored);
        List<TrackingEvent> taken = new ArrayList<>(known);
        taken.add(stored);
        return follow(s, taken, List.of(stored), actor);
    }

    /**
     * Support's event for an order's letter, tracked or not ("the customer called: delivered",
     * "lost"): who and why are kept with it.
     *
     * @param at when it happened; now when null
     */
    @Transactional
    public Outcome recordManual(OrderNumber number, TrackingStatus status, OffsetDateTime at, String reason,
                                String actor) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason-required",
                    Message.of("tracking.reasonRequired"));
        }
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        var shipment = shipments.ofOrder(order).orElseThrow(() -> DomainException.conflict("not-shipped", Message.of("tracking.notShipped", number, order.status())));
        var when = at == null ? now() : at.withOffsetSameInstant(ZoneOffset.UTC);
        refuseFuture(when);
        var key = "manual:" + CarrierEvent.sha256(shipment.id() + "|" + when.toInstant() + "|" + status.name());
        if (exists(key)) {
            return new Duplicate();
        }
        var stored = new TrackingEvent(key, shipment.trackingNumber().map(TrackingNumber::value).orElse(null),
                shipment.id(), status, when, null, null, EventSource.MANUAL, actor, shorten(reason.strip(), 500), now());
        em.persist(stored);
        em.flush();
        return follow(Letter.of(shipment), List.of(stored), List.of(stored), actor);
    }

    /** Carriers' clocks run a little ahead; an event dated later than that is a mistake, refused on every way in. */
    private void refuseFuture(OffsetDateTime at) {
        var now = now();
        if (at.isAfter(now.plus(settings.futureTolerance()))) {
            throw new EventInTheFuture(at, now);
        }
    }

    /**
     * Attaches the waiting events of one tracking number to the shipment that now carries it, and
     * applies them. Returns how many were attached.
     */
    @Transactional
    public int reconcile(TrackingNumber number) {
        var shipment = lockedShipmentFor(number, null);
        if (shipment.isEmpty()) {
            return 0;
        }
        var attached = attachWaiting(shipment.get(), now());
        if (!attached.isEmpty()) {
            follow(shipment.get(), attached, attached, "tracking-reconciliation");
        }
        return attached.size();
    }

    /** Tracking numbers with waiting events that some shipment now carries. */
    @Transactional
    public List<String> reconcilable() {
        return em.createQuery("SELECT DISTINCT e.trackingNumber FROM TrackingEvent e WHERE e.shipmentId IS NULL "
                        + "AND EXISTS (SELECT s.id FROM Shipment s WHERE s.trackingNumber = e.trackingNumber)",
                        String.class)
                .getResultList();
    }

    /** Events still waiting for their shipment, oldest first. */
    @Transactional
    public List<TrackingEvent> unmatched(int max) {
        return unmatched(0, max);
    }

    /** One page of the events still waiting for their shipment, oldest first. */
    @Transactional
    public List<TrackingEvent> unmatched(int first, int max) {
        return em.createQuery("SELECT e FROM TrackingEvent e WHERE e.shipmentId IS NULL ORDER BY e.receivedAt, e.id",
                        TrackingEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional
    public long countUnmatched() {
        return em.createQuery("SELECT COUNT(e) FROM TrackingEvent e WHERE e.shipmentId IS NULL", Long.class)
                .getSingleResult();
    }

    /** A shipment's events by event time. */
    @Transactional
    public List<TrackingEvent> eventsOf(long shipmentId) {
        return em.createQuery("SELECT e FROM TrackingEvent e WHERE e.shipmentId = :s ORDER BY e.occurredAt, e.id",
                        TrackingEvent.class)
                .setParameter("s", shipmentId)
                .getResultList();
    }

    @Transactional
    public Optional<ShipmentTracking> trackingOf(long shipmentId) {
        return Optional.ofNullable(em.find(ShipmentTracking.class, shipmentId));
    }

    /**
     * What an event is when one with its key is stored (in a transaction of its own: after a lost
     * race): a duplicate or a conflict; empty when none is stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> whenStored(CarrierEvent event) {
        return stored(event.key()).map(before -> repeatOrConflict(event, before));
    }

    static Outcome repeatOrConflict(CarrierEvent event, TrackingEvent before) {
        if (event.saysTheSameAs(before.status(), before.occurredAt())) {
            return new Duplicate();
        }
        return new Conflict(event.trackingNumber().value(), event.eventId(), before.status(), before.occurredAt(),
                event.status(), event.occurredAt());
    }

    // ---- inside ----

    /** What taking an event in needs of its letter: not the whole shipment. */
    record Letter(long shipmentId, Order order, String trackingNumber, OffsetDateTime createdAt) {
        static Letter of(Shipment shipment) {
            return new Letter(shipment.id(), shipment.order(),
                    shipment.trackingNumber().map(TrackingNumber::value).orElse(null), shipment.createdAt());
        }
    }

    /**
     * The letter carrying the number, with its order's row locked; empty when none does, or when
     * the event predates the letter (then it concerns an earlier item with the same number). One
     * indexed read of the few columns needed, then the order's row under its lock.
     */
    private Optional<Letter> lockedShipmentFor(TrackingNumber number, OffsetDateTime eventAt) {
        // no row limit: EclipseLink prepares a query with one anew on every call, and a number is on a letter or two
        var rows = em.createQuery("SELECT s.id, s.order.id, s.createdAt FROM Shipment s WHERE s.trackingNumber = :t "
                        + "ORDER BY s.id DESC", Object[].class)
                .setParameter("t", number.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.get(0);
        var createdAt = (OffsetDateTime) row[2];
        if (eventAt != null && eventAt.isBefore(createdAt.minus(BEFORE_PRINTING_SLACK))) {
            return Optional.empty();
        }
        var order = em.createNamedQuery(Order.LOCKED_BY_ID, Order.class).setParameter("id", ((Number) row[1]).longValue())
                .getResultList().get(0);
        return Optional.of(new Letter(((Number) row[0]).longValue(), order, number.value(), createdAt));
    }

    /**
     * The letter's stored event with this key, if any, and its events still waiting for it, locked: a
     * key names its tracking number (or hashes it), so both are among the events with the letter's number.
     */
    private List<TrackingEvent> sameOrWaiting(Letter letter, String key) {
        return em.createNamedQuery(TrackingEvent.SAME_OR_WAITING, TrackingEvent.class)
                .setParameter("t", letter.trackingNumber())
                .setParameter("k", key)
                .setParameter("since", letter.createdAt().minus(BEFORE_PRINTING_SLACK))
                .getResultList();
    }

    private List<TrackingEvent> attachWaiting(Letter letter, OffsetDateTime now) {
        if (letter.trackingNumber() == null) {
            return List.of();
        }
        var waiting = em.createQuery("SELECT e FROM TrackingEvent e WHERE e.shipmentId IS NULL "
                        + "AND e.trackingNumber = :t AND e.occurredAt >= :since ORDER BY e.occurredAt, e.id",
                        TrackingEvent.class)
                .setParameter("t", letter.trackingNumber())
                .setParameter("since", letter.createdAt().minus(BEFORE_PRINTING_SLACK))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        waiting.forEach(e -> e.attachTo(letter.shipmentId(), now));
        return waiting;
    }

    /**
     * Lets the shipment's status follow the events just taken in (from its status before them, not
     * by reading all its events again: see {@link StatusDerivation#next}), writes the new events on
     * the order's timeline, and moves the order when its letter was delivered, returned or lost
     * (through the order's one state machine; a move it does not allow is noted instead).
     *
     * @param taken the events attached to the letter in this transaction, each once
     * @param told those of them the order's timeline tells
     */
    private Applied follow(Letter letter, List<TrackingEvent> taken, List<TrackingEvent> told, String actor) {
        var order = letter.order();
        var now = now();
        var tracking = em.find(ShipmentTracking.class, letter.shipmentId());
        if (tracking == null) {
            tracking = new ShipmentTracking(letter.shipmentId(), order.id());
            tracking.add(observed(taken));
            em.persist(tracking);
        } else if (tracking.knowsItsEvents()) {
            tracking.add(observed(taken));
        } else {
            // a row written before its events were kept with it: they are read once more
            tracking.restart();
            em.flush(); // the events just taken in are read with the others
            tracking.add(observed(eventsOf(letter.shipmentId())));
        }
        var derived = new StatusDerivation.Derived(tracking.status(), tracking.statusAt(),
                tracking.deliveredAt().orElse(null));
        for (var e : told) {
            order.record(TimelineEntry.Kind.TRACKING, actor, Message.of("timeline.tracking", e.source(), e.status(),
                    e.occurredAt(), e.location() == null ? "" : Message.of("timeline.tracking.in", e.location()),
                    e.reason() == null ? "" : Message.of("timeline.tracking.reason", e.reason())), now);
        }
        var target = orderStatusFor(derived.status());
        if (target.isPresent() && order.status() != target.get()) {
            if (order.status().canBecome(target.get())) {
                order.transition(target.get(), actor, Message.of("timeline.followsLetter", derived.status(),
                        derived.at()), now);
            } else {
                order.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.trackingSays", derived.status(),
                        order.status()), now);
            }
        }
        return new Applied(order.number().value(), derived.status(), order.status());
    }

    private static List<StatusDerivation.Observed> observed(List<TrackingEvent> events) {
        // as the events will be read back: to the microsecond, so that ties are judged as on the stored events
        return events.stream().map(TrackingEvent::observed)
                .map(o -> new StatusDerivation.Observed(o.status(), Milestones.asStored(o.at()))).toList();
    }

    /** The order follows its letter only where the letter's fate is settled. */
    static Optional<OrderStatus> orderStatusFor(TrackingStatus status) {
        switch (status) {
            case DELIVERED:
                return Optional.of(OrderStatus.DELIVERED);
            case RETURNED_TO_SENDER:
                return Optional.of(OrderStatus.RETURNED);
            case LOST:
                return Optional.of(OrderStatus.LOST);
            default:
                return Optional.empty();
        }
    }

    private Optional<TrackingEvent> stored(String key) {
        // the key is unique: no row limit, which would have EclipseLink prepare the query anew each time
        return em.createQuery("SELECT e FROM TrackingEvent e WHERE e.key = :k", TrackingEvent.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    private boolean exists(String key) {
        return !em.createQuery("SELECT e.id FROM TrackingEvent e WHERE e.key = :k", Long.class)
                .setParameter("k", key).getResultList().isEmpty();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
