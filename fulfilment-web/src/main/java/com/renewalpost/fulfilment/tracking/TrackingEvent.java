package com.renewalpost.fulfilment.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One tracking event as received, kept once (unique key). Belongs to a shipment from the moment
 * one carries its tracking number; until then it waits, unmatched, for reconciliation.
 */
@Entity
@Table(name = "tracking_event")
@NamedQuery(name = TrackingEvent.SAME_OR_WAITING, query = "SELECT e FROM TrackingEvent e WHERE e.trackingNumber = :t "
        + "AND (e.key = :k OR (e.shipmentId IS NULL AND e.occurredAt >= :since)) ORDER BY e.occurredAt, e.id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class TrackingEvent {

    /**
     * The events with a tracking number ({@code t}) that have a key ({@code k}) or wait for a letter, from a
     * time on ({@code since}), locked: the repeat check and the waiting events in one read.
     */
    static final String SAME_OR_WAITING = "TrackingEvent.sameOrWaiting";

    @Id
    @SequenceGenerator(name = "tracking_event_seq", sequenceName = "tracking_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tracking_event_seq")
    private Long id;

    @Column(name = "event_key")
    private String key;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "shipment_id")
    private Long shipmentId;

    @Enumerated(EnumType.STRING)
    private TrackingStatus status;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String location;

    private String description;

    @Enumerated(EnumType.STRING)
    private EventSource source;

    @Column(name = "recorded_by")
    private String recordedBy;

    private String reason;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    @Column(name = "attached_at")
    private OffsetDateTime attachedAt;

    @Version
    private long version;

    protected TrackingEvent() {
    }

    TrackingEvent(String key, String trackingNumber, Long shipmentId, TrackingStatus status, OffsetDateTime occurredAt,
                  String location, String description, EventSource source, String recordedBy, String reason,
                  OffsetDateTime receivedAt) {
        this.key = key;
        this.trackingNumber = trackingNumber;
        this.shipmentId = shipmentId;
        this.status = status;
        this.occurredAt = occurredAt;
        this.location = location;
        this.description = description;
        this.source = source;
        this.recordedBy = recordedBy;
        this.reason = reason;
        this.receivedAt = receivedAt;
        this.attachedAt = shipmentId == null ? null : receivedAt;
    }

    void attachTo(long shipment, OffsetDateTime at) {
        if (shipmentId != null) {
            throw new IllegalStateException("tracking event " + id + " already belongs to shipment " + shipmentId);
        }
        shipmentId = shipment;
        attachedAt = at;
    }

    public Long id() { return id; }
    public String key() { return key; }
    public Optional<String> trackingNumber() { return Optional.ofNullable(trackingNumber); }
    public Optional<Long> shipmentId() { return Optional.ofNullable(shipmentId); }
    public TrackingStatus status() { return status; }
    public OffsetDateTime occurredAt() { return occurredAt; }
    public String location() { return location; }
    public String description() { return description; }
    public EventSource source() { return source; }
    public String recordedBy() { return recordedBy; }
    public String reason() { return reason; }
    public OffsetDateTime receivedAt() { return receivedAt; }
    public OffsetDateTime attachedAt() { return attachedAt; }

    StatusDerivation.Observed observed() {
        return new StatusDerivation.Observed(status, occurredAt);
    }
}
