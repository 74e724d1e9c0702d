package com.renewalpost.fulfilment.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An address a staff account has logged in from, and when last: its owner's, as far as logins go. */
@Entity
@Table(name = "staff_login_address")
public class LoginAddress {

    @Id
    @SequenceGenerator(name = "staff_login_address_seq", sequenceName = "staff_login_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_login_address_seq")
    private Long id;

    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Column(updatable = false)
    private String address;
    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    protected LoginAddress() {
    }

    LoginAddress(long accountId, String address, OffsetDateTime at) {
        this.accountId = accountId;
        this.address = address;
        this.lastLoginAt = at;
    }

    public String address() { return address; }
    public OffsetDateTime lastLoginAt() { return lastLoginAt; }
}
