package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A reprint of a whole run (no order) or of one item, with who asked and why. */
@Entity
@Table(name = "reprint")
public class Reprint {

    @Id
    @SequenceGenerator(name = "reprint_seq", sequenceName = "reprint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reprint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "print_run_id")
    private PrintRun run;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private Order order;

    private String actor;

    private String reason;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected Reprint() {
    }

    Reprint(PrintRun run, Order order, String actor, String reason, OffsetDateTime occurredAt) {
        this.run = run;
        this.order = order;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public Long id() { return id; }
    public Optional<Order> order() { return Optional.ofNullable(order); }
    public String actor() { return actor; }
    public String reason() { return reason; }
    public OffsetDateTime occurredAt() { return occurredAt; }
}
