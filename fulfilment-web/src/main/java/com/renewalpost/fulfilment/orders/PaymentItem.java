package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
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

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One cheque or money order that arrived with a post order; the day's go on the bank deposit slip. */
@Entity
@Table(name = "payment_item")
public class PaymentItem {

    @Id
    @SequenceGenerator(name = "payment_item_seq", sequenceName = "payment_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    private int position;

    @Enumerated(EnumType.STRING)
    private PaymentMethod kind;

    @Column(name = "item_number")
    private String number;

    private BigDecimal amount;

    private String currency;

    @Column(name = "received_at")
    private OffsetDateTime receivedAt;

    protected PaymentItem() {
    }

    PaymentItem(Order order, int position, PaymentMethod kind, String number, Money amount, OffsetDateTime receivedAt) {
        if (!PostPayment.KINDS.contains(kind)) {
            throw new IllegalArgumentException("a payment by post is a cheque or a money order, not " + kind);
        }
        this.order = order;
        this.position = position;
        this.kind = kind;
        this.number = number;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.receivedAt = receivedAt;
    }

    public Order order() { return order; }
    public int position() { return position; }
    public PaymentMethod kind() { return kind; }
    public String number() { return number; }
    public Money amount() { return new Money(amount, currency); }
    public OffsetDateTime receivedAt() { return receivedAt; }
}
