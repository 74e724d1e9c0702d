package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Credit on a renewed line (by its ICCID or US number): what a customer paid over the price with an order. */
@Entity
@Table(name = "line_credit")
public class LineCredit {

    @Id
    @SequenceGenerator(name = "line_credit_seq", sequenceName = "line_credit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_credit_seq")
    private Long id;

    @Embedded
    private RenewedLine line;

    private BigDecimal amount;

    private String currency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected LineCredit() {
    }

    LineCredit(Order order, Money amount, OffsetDateTime at) {
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("credit must be positive: " + amount);
        }
        this.line = order.line();
        this.order = order;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.createdAt = at;
    }

    public RenewedLine line() { return line; }
    public Money amount() { return new Money(amount, currency); }
    public Order order() { return order; }
    public OffsetDateTime createdAt() { return createdAt; }
}
