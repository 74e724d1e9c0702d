package com.renewalpost.fulfilment.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person the card is for. The name is kept as written (any script, for the letter's
 * salutation) and in Latin script (for the label the post reads).
 */
@Embeddable
public class Customer {

    @Column(name = "customer_name")
    private String name;

    @Column(name = "customer_name_latin")
    private String nameLatin;

    @Column(name = "customer_email")
    private String email;

    /** E.164, or null. */
    @Column(name = "customer_phone")
    private String phone;

    /** BCP 47 tag, normalised: en, zh-Hans, zh-Hant, ... */
    @Column(name = "customer_language")
    private String language;

    protected Customer() {
    }

    public Customer(String name, String nameLatin, String email, String phone, String language) {
        this.name = name;
        this.nameLatin = nameLatin;
        this.email = email;
        this.phone = phone;
        this.language = language;
    }

    public String name() { return name; }
    public String nameLatin() { return nameLatin; }
    public String email() { return email; }
    public String phone() { return phone; }
    public String language() { return language; }
}
