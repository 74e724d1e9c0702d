package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Order;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The renewal form printed with an order's letter: the reference its barcode carries. */
@Entity
@Table(name = "renewal_form")
public class IssuedForm {

    @Id
    @SequenceGenerator(name = "renewal_form_seq", sequenceName = "renewal_form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_form_seq")
    private Long id;

    private String reference;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    protected IssuedForm() {
    }

    IssuedForm(String reference, Order order, OffsetDateTime issuedAt) {
        this.reference = reference;
        this.order = order;
        this.issuedAt = issuedAt;
    }

    public String reference() { return reference; }
    public Order order() { return order; }
    public OffsetDateTime issuedAt() { return issuedAt; }
}
