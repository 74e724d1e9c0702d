package com.renewalpost.fulfilment.orders;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;

/**
 * What one person keying a pile of paper forms chose last: the country, the product and the
 * payment method, offered again on the next form. Kept for the browser session only.
 */
@SessionScoped
public class OrderEntryBatch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String country;
    private String productSku;
    private String paymentMethod;

    /** Remembers the choices of a form just saved. */
    void remember(String country, String productSku, String paymentMethod) {
        this.country = country;
        this.productSku = productSku;
        this.paymentMethod = paymentMethod;
    }

    String country() {
        return country;
    }

    String productSku() {
        return productSku;
    }

    String paymentMethod() {
        return paymentMethod;
    }
}
