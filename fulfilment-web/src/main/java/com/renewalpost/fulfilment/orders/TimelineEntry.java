package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.MessageColumn;
import com.renewalpost.fulfilment.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Locale;

/** One line of an order's timeline: who did what, when and why. Written once, never changed. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    /** CHANGE: support corrected the address or the product, or the warehouse chose a faster service, before printing. */
    public enum Kind { TRANSITION, CODE_ALLOCATED, REPRINT, NOTE, EMAIL, TRACKING, CHANGE }

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

    /** The words as stored: in English where the system wrote them. */
    private String reason;

    /** What the system wrote, to be read in each reader's language (null for a person's words, or before V15). */
    @Convert(converter = MessageColumn.class)
    @Column(name = "reason_message")
    private Message reasonMessage;

    static final int REASON_LENGTH = 1000;

    protected TimelineEntry() {
    }

    private TimelineEntry(Order order, OffsetDateTime at, String actor, Kind kind, OrderStatus from,
                          OrderStatus to, Text reason) {
        this.order = order;
        this.occurredAt = at;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason == null ? null : kept(reason, REASON_LENGTH);
        this.reasonMessage = reason instanceof Message message ? message : null;
    }

    static TimelineEntry transition(Order order, OffsetDateTime at, String actor, OrderStatus from, OrderStatus to,
                                    Text reason) {
        return new TimelineEntry(order, at, actor, Kind.TRANSITION, from, to, reason);
    }

    static TimelineEntry event(Order order, OffsetDateTime at, String actor, Kind kind, OrderStatus during,
                               Text text) {
        return new TimelineEntry(order, at, actor, kind, during, during, text);
    }

    /** A text as its column keeps it: English, cut to the column's length. */
    static String kept(Text text, int length) {
        var english = text.in(Locale.ENGLISH);
        return english.length() <= length ? english : english.substring(0, length - 1) + "…";
    }

    public OffsetDateTime occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public Kind kind() { return kind; }
    public OrderStatus fromStatus() { return fromStatus; }
    public OrderStatus toStatus() { return toStatus; }
    /** The words as stored (English where the system wrote them). */
    public String reason() { return reason; }
    /** The words in the reader's language where the system wrote them; a person's words as written. */
    public String reason(Locale locale) { return reasonMessage != null ? reasonMessage.in(locale) : reason; }
}
