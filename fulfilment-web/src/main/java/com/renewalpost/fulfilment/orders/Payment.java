package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.catalogue.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How the customer paid: cheques and money orders carry their number as the reference. */
@Embeddable
public class Payment {

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod method;

    @Column(name = "payment_reference")
    private String reference;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "payment_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "payment_currency"))})
    private Money amount;

    protected Payment() {
    }

    public Payment(PaymentMethod method, String reference, Money amount) {
        this.method = method;
        this.reference = reference;
        this.amount = amount;
    }

    public PaymentMethod method() { return method; }
    public String reference() { return reference; }
    public Money amount() { return amount; }
}
