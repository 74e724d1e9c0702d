package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A packing station and its half-done pair: the letter scanned, waiting for its label. Kept in
 * the database so that any instance can take the station's next scan.
 */
@Entity
@Table(name = "packing_station")
public class PackingStation {

    @Id
    private String station;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pending_order_id")
    private Order pendingOrder;

    @Column(name = "pending_since")
    private OffsetDateTime pendingSince;

    @Version
    private long version;

    protected PackingStation() {
    }

    PackingStation(String station) {
        this.station = station;
    }

    void awaitLabelFor(Order order, OffsetDateTime at) {
        this.pendingOrder = order;
        this.pendingSince = at;
    }

    void clear() {
        this.pendingOrder = null;
        this.pendingSince = null;
    }

    public String station() { return station; }
    public Optional<Order> pendingOrder() { return Optional.ofNullable(pendingOrder); }
    public OffsetDateTime pendingSince() { return pendingSince; }
}
