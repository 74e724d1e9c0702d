package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The check of a post order's payment against the price, as made at order entry (one per order). */
@Entity
@Table(name = "payment_check")
public class PaymentCheck {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    private String currency;

    @Column(name = "price_amount")
    private BigDecimal price;

    @Column(name = "received_amount")
    private BigDecimal received;

    @Enumerated(EnumType.STRING)
    private PaymentComparison.Outcome outcome;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    protected PaymentCheck() {
    }

    PaymentCheck(Order order, PaymentComparison comparison, OffsetDateTime at) {
        this.orderId = order.id();
        this.currency = comparison.price().currency();
        this.price = comparison.price().amount();
        this.received = comparison.received().amount();
        this.outcome = comparison.outcome();
        this.checkedAt = at;
    }

    public PaymentComparison comparison() {
        return PaymentComparison.of(new Money(price, currency), new Money(received, currency));
    }

    public long orderId() { return orderId; }
    public OffsetDateTime checkedAt() { return checkedAt; }
}
