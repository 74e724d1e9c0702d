package com.renewalpost.fulfilment.orders;

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

/** One line of an order's timeline: who did what, when and why. Written once, never changed. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    public enum Kind { TRANSITION, CODE_ALLOCATED, REPRINT, NOTE, EMAIL, TRACKING }

    @Id
    @SequenceGenerator(name = "order_timeline_seq", sequenceName = "order_timeline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_timeline_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private OrderStatus toStatus;

    private String reason;

    protected TimelineEntry() {
    }

    private TimelineEntry(Order order, OffsetDateTime at, String actor, Kind kind, OrderStatus from,
                          OrderStatus to, String reason) {
        this.order = order;
        this.occurredAt = at;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
    }

    static TimelineEntry transition(Order order, OffsetDateTime at, String actor, OrderStatus from, OrderStatus to,
                                    String reason) {
        return new TimelineEntry(order, at, actor, Kind.TRANSITION, from, to, reason);
    }

    static TimelineEntry event(Order order, OffsetDateTime at, String actor, Kind kind, OrderStatus during,
                               String text) {
        return new TimelineEntry(order, at, actor, kind, during, during, text);
    }

    public OffsetDateTime occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public Kind kind() { return kind; }
    public OrderStatus fromStatus() { return fromStatus; }
    public OrderStatus toStatus() { return toStatus; }
    public String reason() { return reason; }
}
