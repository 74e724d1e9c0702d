package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * One row of the register of S10 numbers in use: the number is the key, so no two items can hold
 * it at once; it passes to another item only when its last issue is older than the reuse period.
 */
@Entity
@Table(name = "tracking_number")
public class IssuedTrackingNumber {

    @Id
    private String number;

    @Column(name = "order_id")
    private Long orderId;

    @Enumerated(EnumType.STRING)
    private TrackingSource source;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    protected IssuedTrackingNumber() {
    }

    IssuedTrackingNumber(TrackingNumber number, long orderId, TrackingSource source, OffsetDateTime issuedAt) {
        this.number = number.value();
        reissue(orderId, source, issuedAt);
    }

    void reissue(long orderId, TrackingSource source, OffsetDateTime issuedAt) {
        this.orderId = orderId;
        this.source = source;
        this.issuedAt = issuedAt;
    }

    Long orderId() { return orderId; }
    OffsetDateTime issuedAt() { return issuedAt; }
}
