package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.shipping.TrackingNumberInUse;
import com.renewalpost.fulfilment.shipping.TrackingNumbers;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Scan-to-pack. A station scans the letter's order barcode, then the label's barcode (order or
 * tracking number); when both are the same order's, the order becomes PACKED. Anything else is
 * refused with a problem detail and, where it matters, recorded: a mismatch clears the station
 * (both pieces go aside and the packer starts again with a letter), a misread label keeps the
 * letter waiting for a clean scan. Refusals commit what they record
 * ({@code dontRollbackOn = DomainException}), so the record survives the error answer.
 */
@ApplicationScoped
public class Packing {

    public enum State { AWAITING_LETTER, AWAITING_LABEL, PACKED }

    /** What the station should do next, after a scan. */
    public record ScanResult(String station, State state, String orderNumber, String trackingNumber, String message) {
    }

    /** A scan's outcome before it is worded: {@link #in} gives the answer in the reader's language. */
    public record Scanned(String station, State state, String orderNumber, String trackingNumber, Message message) {

        public ScanResult in(Locale locale) {
            return new ScanResult(station, state, orderNumber, trackingNumber, message.in(locale));
        }
    }

    public record StationView(String station, State state, String pendingOrder, OffsetDateTime pendingSince,
                              java.util.Map<String, Long> counts) {
    }

    public record AttachResult(String orderNumber, String trackingNumber, String source) {
    }

    @Inject
    PackingStations stations;
    @Inject
    PackingEvents events;
    @Inject
    Orders orders;
    @Inject
    Shipments shipments;
    @Inject
    TrackingNumbers trackingNumbers;
    @Inject
    Clock clock;

    @Transactional(dontRollbackOn = DomainException.class)
    public Scanned scan(String stationName, String code, String actor) {
        var station = station(name(stationName));
        var scan = Scan.of(code);
        var now = now();
        var pending = station.pendingOrder();
        return pending.isEmpty() ? letter(station, scan, actor, now) : label(station, pending.get(), scan, actor, now);
    }

    /** Forgets the letter a station is waiting to pair (the packer put it aside). */
    @Transactional
    public StationView clear(String stationName) {
        var station = station(name(stationName));
        station.clear();
        return view(station);
    }

    @Transactional
    public StationView view(String stationName) {
        var name = name(stationName);
        return stations.find(name).map(this::view)
                .orElse(new StationView(name, State.AWAITING_LETTER, null, null, events.countsAt(name)));
    }

    /**
     * Attaches a tracking label the post office pre-printed to a printed or packed order whose
     * service is tracked and which has no tracking number yet: the number must be valid, of the
     * service's S10 letter, and not used within the reuse period.
     */
    @Transactional
    public AttachResult attachPrePrinted(String typedStation, String orderNumber, String trackingNumber, String actor) {
        var stationName = name(typedStation);
        var number = OrderNumber.parse(orderNumber).orElseThrow(() -> problem(DomainException.Kind.UNPROCESSABLE, "misread-scan",
                Message.of("packing.notAnOrderNumber", orderNumber)));
        var scan = Scan.of(trackingNumber);
        if (!(scan instanceof Scan.OfTracking tracking)) {
            throw problem(DomainException.Kind.UNPROCESSABLE, "misread-scan", scan instanceof Scan.Misread m ? m.reason()
                    : Message.of("packing.notS10", trackingNumber));
        }
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        if (order.status() != OrderStatus.PRINTED && order.status() != OrderStatus.PACKED) {
            throw problem(DomainException.Kind.CONFLICT, "not-printed", Message.of("packing.notPrintedForLabel", number, order.status()));
        }
        var service = order.postalService();
        if (!service.tracked()) {
            throw problem(DomainException.Kind.CONFLICT, "untracked-service", Message.of("packing.untracked", number, service));
        }
        var letter = service.s10ServiceLetter().orElseThrow();
        if (!tracking.number().serviceIndicator().startsWith(letter)) {
            throw problem(DomainException.Kind.UNPROCESSABLE, "wrong-service", Message.of("packing.wrongService", tracking.number(), service, letter));
        }
        var shipment = shipments.ofOrderForUpdate(order).orElseThrow(() -> problem(DomainException.Kind.CONFLICT, "not-printed",
                Message.of("packing.noShipment", number)));
        var held = shipment.trackingNumber();
        if (held.isPresent()) {
            if (held.get().equals(tracking.number())) {
                return new AttachResult(number.value(), held.get().value(), shipment.trackingSource().orElseThrow().name());
            }
            throw problem(DomainException.Kind.CONFLICT, "already-tracked", Message.of("packing.alreadyTracked", number, held.get()));
        }
        var now = now();
        try {
            trackingNumbers.register(tracking.number(), order, TrackingSource.PRE_PRINTED, now);
        } catch (TrackingNumberInUse inUse) {
            throw problem(DomainException.Kind.CONFLICT, "tracking-number-in-use", inUse.text());
        }
        shipment.attach(tracking.number(), TrackingSource.PRE_PRINTED);
        order.record(TimelineEntry.Kind.NOTE, actor, Message.of("timeline.prePrintedLabel", tracking.number(),
                stationName), now);
        return new AttachResult(number.value(), tracking.number().value(), TrackingSource.PRE_PRINTED.name());
    }

    private Scanned letter(PackingStation station, Scan scan, String actor, OffsetDateTime now) {
        var name = station.station();
        if (scan instanceof Scan.Misread || scan instanceof Scan.Unrecognised) {
            var reason = scan instanceof Scan.Misread m ? m.reason()
                    : Message.of("packing.scanOrderBarcode", scan.text());
            events.record(name, null, null, PackingEvent.Kind.MISREAD, scan.text(), null, reason, actor, now);
            throw problem(DomainException.Kind.UNPROCESSABLE, "misread-scan", reason);
        }
        if (scan instanceof Scan.OfTracking) {
            var reason = Message.of("packing.letterFirst");
            events.record(name, null, null, PackingEvent.Kind.REFUSED, null, scan.text(), reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, "scan-letter-first", reason);
        }
        var number = ((Scan.OfOrder) scan).number();
        var order = orders.byNumberForUpdate(number).orElse(null);
        if (order == null) {
            var unknown = UnknownOrderException.of(number);
            events.record(name, null, null, PackingEvent.Kind.REFUSED, scan.text(), null, unknown.detail(), actor, now);
            throw unknown;
        }
        var shipment = shipments.ofOrder(order);
        var runId = shipment.map(Shipment::printRunId).orElse(null);
        if (order.status() != OrderStatus.PRINTED) {
            var packed = order.status() == OrderStatus.PACKED || order.status() == OrderStatus.POSTED;
            var reason = packed ? Message.of("packing.alreadyPacked", number, order.status())
                    : Message.of("packing.notPrinted", number, order.status());
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, packed ? "already-packed" : "not-printed", reason);
        }
        if (runId == null) {
            var reason = Message.of("packing.notInRun", number);
            events.record(name, null, order, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, "not-printed", reason);
        }
        if (shipment.get().awaitsTrackingLabel()) {
            // refused here, not at the posting counter: the post office's label goes on before packing
            var reason = Message.of("packing.trackingLabelNeeded", number, order.postalService());
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, "tracking-label-needed", reason);
        }
        station.awaitLabelFor(order, now);
        return new Scanned(name, State.AWAITING_LABEL, number.value(), null,
                Message.of("packing.letterScanned", number));
    }

    private Scanned label(PackingStation station, Order letterOrder, Scan scan, String actor, OffsetDateTime now) {
        var name = station.station();
        var letter = letterOrder.number();
        var shipment = shipments.ofOrder(letterOrder);
        var runId = shipment.map(Shipment::printRunId).orElse(null);
        var verdict = Scan.check(letter, scan, tracking -> shipments.byTrackingNumber(tracking)
                .map(s -> s.order().number()));
        if (verdict instanceof Scan.Unreadable unreadable) {
            events.record(name, runId, letterOrder, PackingEvent.Kind.MISREAD, letter.value(), scan.text(),
                    unreadable.reason(), actor, now);
            throw problem(DomainException.Kind.UNPROCESSABLE, "misread-scan", Message.of("packing.stillWaiting", unreadable.reason(), letter));
        }
        station.clear();
        if (verdict instanceof Scan.Mismatch mismatch) {
            events.record(name, runId, letterOrder, PackingEvent.Kind.MISMATCH, letter.value(), scan.text(),
                    mismatch.reason(), actor, now);
            throw problem(DomainException.Kind.CONFLICT, "scan-mismatch", Message.of("packing.nothingPacked", mismatch.reason()));
        }
        var order = orders.byNumberForUpdate(letter).orElseThrow();
        if (order.status() != OrderStatus.PRINTED) {
            // packed at another station between the two scans
            var reason = Message.of("packing.becameMeanwhile", letter, order.status());
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, letter.value(), scan.text(), reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, "already-packed", reason);
        }
        var locked = shipments.ofOrderForUpdate(order).orElseThrow();
        if (locked.awaitsTrackingLabel()) {
            // the letter was waiting here before the rule above: still no tracked letter packs without its number
            var reason = Message.of("packing.trackingLabelNeeded", letter, order.postalService());
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, letter.value(), scan.text(), reason, actor, now);
            throw problem(DomainException.Kind.CONFLICT, "tracking-label-needed", reason);
        }
        order.transition(OrderStatus.PACKED, actor, Message.of("timeline.packed", name), now);
        locked.packed(name, actor, now);
        var packed = Message.of("packing.packed", letter);
        events.record(name, runId, order, PackingEvent.Kind.PACKED, letter.value(), scan.text(), packed, actor, now);
        return new Scanned(name, State.PACKED, letter.value(),
                locked.trackingNumber().map(TrackingNumber::value).orElse(null), packed);
    }

    private PackingStation station(String name) {
        Optional<PackingStation> station = stations.locked(name);
        if (station.isPresent()) {
            return station.get();
        }
        try {
            stations.create(name);
        } catch (RuntimeException rivalMadeIt) {
            // a first scan at the same station a moment ago made it: locked below
        }
        return stations.locked(name).orElseThrow();
    }

    private StationView view(PackingStation station) {
        var pending = station.pendingOrder();
        return new StationView(station.station(), pending.isPresent() ? State.AWAITING_LABEL : State.AWAITING_LETTER,
                pending.map(o -> o.number().value()).orElse(null), station.pendingSince(),
                events.countsAt(station.station()));
    }

    /** The station's name as kept: tidied ({@link StationName}), or refused with the rule. */
    private static String name(String typed) {
        return StationName.parse(typed).map(StationName::value)
                .orElseThrow(() -> problem(DomainException.Kind.INVALID, "invalid-station", StationName.rule()));
    }

    private static DomainException problem(DomainException.Kind kind, String type, Text detail) {
        return new DomainException(kind, type, detail);
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }
}
