package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.shipping.TrackingNumber;
import com.renewalpost.fulfilment.shipping.TrackingNumberInUse;
import com.renewalpost.fulfilment.shipping.TrackingNumbers;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scan-to-pack. A station scans the letter's order barcode, then the label's barcode (order or
 * tracking number); when both are the same order's, the order becomes PACKED. Anything else is
 * refused with a problem detail and, where it matters, recorded: a mismatch clears the station
 * (both pieces go aside and the packer starts again with a letter), a misread label keeps the
 * letter waiting for a clean scan. Refusals commit what they record
 * ({@code dontRollbackOn = ProblemException}), so the record survives the error answer.
 */
@ApplicationScoped
public class Packing {

    static final Pattern STATION = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public enum State { AWAITING_LETTER, AWAITING_LABEL, PACKED }

    /** What the station should do next, after a scan. */
    public record ScanResult(String station, State state, String orderNumber, String trackingNumber, String message) {
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

    @Transactional(dontRollbackOn = ProblemException.class)
    public ScanResult scan(String stationName, String code, String actor) {
        var station = station(stationName);
        var scan = Scan.of(code);
        var now = now();
        var pending = station.pendingOrder();
        return pending.isEmpty() ? letter(station, scan, actor, now) : label(station, pending.get(), scan, actor, now);
    }

    /** Forgets the letter a station is waiting to pair (the packer put it aside). */
    @Transactional
    public StationView clear(String stationName) {
        var station = station(stationName);
        station.clear();
        return view(station);
    }

    @Transactional
    public StationView view(String stationName) {
        requireName(stationName);
        return stations.find(stationName).map(this::view)
                .orElse(new StationView(stationName, State.AWAITING_LETTER, null, null, events.countsAt(stationName)));
    }

    /**
     * Attaches a tracking label the post office pre-printed to a printed or packed order whose
     * service is tracked and which has no tracking number yet: the number must be valid, of the
     * service's S10 letter, and not used within the reuse period.
     */
    @Transactional
    public AttachResult attachPrePrinted(String stationName, String orderNumber, String trackingNumber, String actor) {
        requireName(stationName);
        var number = OrderNumber.parse(orderNumber).orElseThrow(() -> problem(422, "misread-scan",
                "'" + orderNumber + "' is not an order number (its check character does not match)"));
        var scan = Scan.of(trackingNumber);
        if (!(scan instanceof Scan.OfTracking tracking)) {
            throw problem(422, "misread-scan", scan instanceof Scan.Misread m ? m.reason()
                    : "'" + trackingNumber + "' is not an S10 tracking number (like RB123456785US)");
        }
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> problem(404, "unknown-order",
                "There is no order " + number));
        if (order.status() != OrderStatus.PRINTED && order.status() != OrderStatus.PACKED) {
            throw problem(409, "not-printed", "Order " + number + " is " + order.status()
                    + "; tracking labels are attached to printed or packed letters before posting");
        }
        var service = order.postalService();
        if (!service.tracked()) {
            throw problem(409, "untracked-service", "Order " + number + " goes by " + service
                    + ", which carries no tracking number");
        }
        var letter = service.s10ServiceLetter().orElseThrow();
        if (!tracking.number().serviceIndicator().startsWith(letter)) {
            throw problem(422, "wrong-service", "Tracking number " + tracking.number() + " is not for " + service
                    + " (its service indicator starts with " + letter + ")");
        }
        var shipment = shipments.ofOrderForUpdate(order).orElseThrow(() -> problem(409, "not-printed",
                "Order " + number + " has no shipment"));
        var held = shipment.trackingNumber();
        if (held.isPresent()) {
            if (held.get().equals(tracking.number())) {
                return new AttachResult(number.value(), held.get().value(), shipment.trackingSource().orElseThrow().name());
            }
            throw problem(409, "already-tracked", "Order " + number + " already has tracking number " + held.get());
        }
        var now = now();
        try {
            trackingNumbers.register(tracking.number(), order, TrackingSource.PRE_PRINTED, now);
        } catch (TrackingNumberInUse inUse) {
            throw problem(409, "tracking-number-in-use", inUse.getMessage());
        }
        shipment.attach(tracking.number(), TrackingSource.PRE_PRINTED);
        order.record(TimelineEntry.Kind.NOTE, actor, "Pre-printed tracking label " + tracking.number()
                + " attached at station " + stationName, now);
        return new AttachResult(number.value(), tracking.number().value(), TrackingSource.PRE_PRINTED.name());
    }

    private ScanResult letter(PackingStation station, Scan scan, String actor, OffsetDateTime now) {
        var name = station.station();
        if (scan instanceof Scan.Misread || scan instanceof Scan.Unrecognised) {
            var reason = scan instanceof Scan.Misread m ? m.reason()
                    : "'" + scan.text() + "' is not an order number: scan the letter's order barcode";
            events.record(name, null, null, PackingEvent.Kind.MISREAD, scan.text(), null, reason, actor, now);
            throw problem(422, "misread-scan", reason);
        }
        if (scan instanceof Scan.OfTracking) {
            var reason = "Scan the letter first (its order barcode), then the label";
            events.record(name, null, null, PackingEvent.Kind.REFUSED, null, scan.text(), reason, actor, now);
            throw problem(409, "scan-letter-first", reason);
        }
        var number = ((Scan.OfOrder) scan).number();
        var order = orders.byNumberForUpdate(number).orElse(null);
        if (order == null) {
            var reason = "There is no order " + number;
            events.record(name, null, null, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(404, "unknown-order", reason);
        }
        var runId = shipments.ofOrder(order).map(Shipment::printRunId).orElse(null);
        if (order.status() != OrderStatus.PRINTED) {
            var packed = order.status() == OrderStatus.PACKED || order.status() == OrderStatus.POSTED;
            var reason = packed ? "Order " + number + " is already packed (" + order.status() + "): is this a "
                    + "second copy of its letter?" : "Order " + number + " is " + order.status()
                    + ", not PRINTED: it cannot be packed";
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(409, packed ? "already-packed" : "not-printed", reason);
        }
        if (runId == null) {
            var reason = "Order " + number + " was not printed in a print run: print it in a run first";
            events.record(name, null, order, PackingEvent.Kind.REFUSED, scan.text(), null, reason, actor, now);
            throw problem(409, "not-printed", reason);
        }
        station.awaitLabelFor(order, now);
        return new ScanResult(name, State.AWAITING_LABEL, number.value(), null,
                "Letter " + number + " scanned: now scan its label");
    }

    private ScanResult label(PackingStation station, Order letterOrder, Scan scan, String actor, OffsetDateTime now) {
        var name = station.station();
        var letter = letterOrder.number();
        var shipment = shipments.ofOrder(letterOrder);
        var runId = shipment.map(Shipment::printRunId).orElse(null);
        var verdict = Scan.check(letter, scan, tracking -> shipments.byTrackingNumber(tracking)
                .map(s -> s.order().number()));
        if (verdict instanceof Scan.Unreadable unreadable) {
            events.record(name, runId, letterOrder, PackingEvent.Kind.MISREAD, letter.value(), scan.text(),
                    unreadable.reason(), actor, now);
            throw problem(422, "misread-scan", unreadable.reason() + "; the letter of " + letter
                    + " is still waiting for its label");
        }
        station.clear();
        if (verdict instanceof Scan.Mismatch mismatch) {
            events.record(name, runId, letterOrder, PackingEvent.Kind.MISMATCH, letter.value(), scan.text(),
                    mismatch.reason(), actor, now);
            throw problem(409, "scan-mismatch", mismatch.reason() + ". NOTHING WAS PACKED: put both aside "
                    + "and start again with a letter.");
        }
        var order = orders.byNumberForUpdate(letter).orElseThrow();
        if (order.status() != OrderStatus.PRINTED) {
            // packed at another station between the two scans
            var reason = "Order " + letter + " became " + order.status() + " meanwhile";
            events.record(name, runId, order, PackingEvent.Kind.REFUSED, letter.value(), scan.text(), reason, actor, now);
            throw problem(409, "already-packed", reason);
        }
        var locked = shipments.ofOrderForUpdate(order).orElseThrow();
        order.transition(OrderStatus.PACKED, actor, "Letter and label scanned together at station " + name, now);
        locked.packed(name, actor, now);
        events.record(name, runId, order, PackingEvent.Kind.PACKED, letter.value(), scan.text(), "Packed", actor, now);
        return new ScanResult(name, State.PACKED, letter.value(),
                locked.trackingNumber().map(TrackingNumber::value).orElse(null), "Order " + letter + " packed");
    }

    private PackingStation station(String name) {
        requireName(name);
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

    private static void requireName(String name) {
        if (name == null || !STATION.matcher(name).matches()) {
            throw problem(400, "invalid-station", "A station is named with 1 to 40 letters, digits, _ or -");
        }
    }

    private static ProblemException problem(int status, String type, String detail) {
        var known = Response.Status.fromStatusCode(status);
        // Jakarta REST 3.1 has no constant for 422
        var title = known != null ? known.getReasonPhrase() : "Unprocessable Content";
        return new ProblemException(new Problem("/problems/" + type, title, status, detail, java.util.List.of()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
