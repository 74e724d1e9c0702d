package com.renewalpost.fulfilment.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One line of a renewal line's timeline: who did what to its standing order and why, or what the job ordered. */
@Entity
@Table(name = "line_event")
public class LineEvent {

    public enum Kind { SET_UP, SKIPPED, PAUSED, RESUMED, CANCELLED, ORDERED, ENDED }

    @Id
    @SequenceGenerator(name = "line_event_seq", sequenceName = "line_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_event_seq")
    private Long id;

    @Column(name = "line_key")
    private String lineKey;

    private OffsetDateTime at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String reason;

    @Column(name = "order_number")
    private String orderNumber;

    protected LineEvent() {
    }

    LineEvent(String lineKey, OffsetDateTime at, String actor, Kind kind, String reason, String orderNumber) {
        this.lineKey = lineKey;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.reason = reason;
        this.orderNumber = orderNumber;
    }

    LineEventView view() {
        return new LineEventView(at, actor, kind, reason, orderNumber);
    }
}
