package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One outcome at a packing station, kept per station and per print run. Written once. */
@Entity
@Table(name = "packing_event")
public class PackingEvent {

    public enum Kind {
        /** Letter and label of the same order: packed. */
        PACKED,
        /** Letter and label of different orders: refused, nothing packed. */
        MISMATCH,
        /** A barcode whose check character failed, or that is not ours. */
        MISREAD,
        /** A scan refused for the order's state: already packed, not printed, unknown. */
        REFUSED
    }

    static final int MAX_SCAN = 60;

    @Id
    @SequenceGenerator(name = "packing_event_seq", sequenceName = "packing_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "packing_event_seq")
    private Long id;

    private String station;

    @Column(name = "print_run_id")
    private Long printRunId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "letter_scan")
    private String letterScan;

    @Column(name = "label_scan")
    private String labelScan;

    private String detail;

    private String actor;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected PackingEvent() {
    }

    PackingEvent(String station, Long printRunId, Order order, Kind kind, String letterScan, String labelScan,
                 String detail, String actor, OffsetDateTime occurredAt) {
        this.station = station;
        this.printRunId = printRunId;
        this.order = order;
        this.kind = kind;
        this.letterScan = clip(letterScan);
        this.labelScan = clip(labelScan);
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    private static String clip(String scan) {
        return scan == null || scan.length() <= MAX_SCAN ? scan : scan.substring(0, MAX_SCAN);
    }

    public Long id() { return id; }
    public String station() { return station; }
    public Long printRunId() { return printRunId; }
    public Order order() { return order; }
    public Kind kind() { return kind; }
    public String letterScan() { return letterScan; }
    public String labelScan() { return labelScan; }
    public String detail() { return detail; }
    public String actor() { return actor; }
    public OffsetDateTime occurredAt() { return occurredAt; }
}
