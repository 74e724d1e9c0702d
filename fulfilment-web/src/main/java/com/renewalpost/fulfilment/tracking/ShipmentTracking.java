package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.Milestones;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The status a shipment derives from its events, followed one event at a time
 * ({@link StatusDerivation#next}), and each event's status and time (for the customers' journey,
 * so that a lookup reads no events): kept in the transaction that takes the events in.
 */
@Entity
@Table(name = "shipment_tracking")
public class ShipmentTracking {

    @Id
    @Column(name = "shipment_id")
    private Long shipmentId;

    @Column(name = "order_id")
    private Long orderId;

    @Enumerated(EnumType.STRING)
    private TrackingStatus status;

    @Column(name = "status_at")
    private OffsetDateTime statusAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "event_count")
    private int eventCount;

    /** The events' statuses and times, {@code STATUS@epoch-seconds;...} (migration V30 wrote older letters'). */
    @Column(name = "observed")
    private String observed;

    @Version
    private long version;

    protected ShipmentTracking() {
    }

    ShipmentTracking(long shipmentId, long orderId) {
        this.shipmentId = shipmentId;
        this.orderId = orderId;
    }

    /** Takes events in, each once: the status follows them, and they are kept for the customers' journey. */
    void add(List<StatusDerivation.Observed> events) {
        var current = status == null ? null : new StatusDerivation.Derived(status, statusAt, deliveredAt);
        // the same status at the same time tells the customer nothing new: kept once
        var kept = new LinkedHashSet<>(observed(observed));
        for (var e : events) {
            current = StatusDerivation.next(current, e);
            kept.add(new StatusDerivation.Observed(e.status(), Milestones.asStored(e.at())));
        }
        this.status = current.status();
        this.statusAt = current.at();
        this.deliveredAt = current.deliveredAt();
        this.eventCount += events.size();
        this.observed = kept.stream().map(e -> e.status().name() + "@" + Milestones.epochSeconds(e.at()))
                .collect(Collectors.joining(";"));
    }

    /** Whether the events are kept here (not for a row written without them: then they are read again). */
    boolean knowsItsEvents() {
        return observed != null || eventCount == 0;
    }

    /** Forgets what was derived, to take all the letter's events in again. */
    void restart() {
        status = null;
        statusAt = null;
        deliveredAt = null;
        eventCount = 0;
        observed = null;
    }

    /** The events' statuses and times, in no particular order, each status and time once. */
    public List<StatusDerivation.Observed> observed() {
        return observed(observed);
    }

    /** The events' statuses and times as the {@code observed} column has them. */
    static List<StatusDerivation.Observed> observed(String observed) {
        if (observed == null || observed.isEmpty()) {
            return List.of();
        }
        List<StatusDerivation.Observed> all = new ArrayList<>();
        for (var entry : observed.split(";")) {
            int at = entry.indexOf('@');
            all.add(new StatusDerivation.Observed(TrackingStatus.valueOf(entry.substring(0, at)),
                    Milestones.time(entry.substring(at + 1))));
        }
        return all;
    }

    public Long shipmentId() { return shipmentId; }
    public Long orderId() { return orderId; }
    public TrackingStatus status() { return status; }
    public OffsetDateTime statusAt() { return statusAt; }
    public Optional<OffsetDateTime> deliveredAt() { return Optional.ofNullable(deliveredAt); }
    public int eventCount() { return eventCount; }
}
