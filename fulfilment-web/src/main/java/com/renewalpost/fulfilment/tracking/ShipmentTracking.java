package com.renewalpost.fulfilment.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The status a shipment derives from its events; rewritten from all of them after each new one. */
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

    @Version
    private long version;

    protected ShipmentTracking() {
    }

    ShipmentTracking(long shipmentId, long orderId) {
        this.shipmentId = shipmentId;
        this.orderId = orderId;
    }

    void derived(StatusDerivation.Derived derived, int events) {
        this.status = derived.status();
        this.statusAt = derived.at();
        this.deliveredAt = derived.deliveredAt();
        this.eventCount = events;
    }

    public Long shipmentId() { return shipmentId; }
    public Long orderId() { return orderId; }
    public TrackingStatus status() { return status; }
    public OffsetDateTime statusAt() { return statusAt; }
    public Optional<OffsetDateTime> deliveredAt() { return Optional.ofNullable(deliveredAt); }
    public int eventCount() { return eventCount; }
}
