package com.renewalpost.fulfilment.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The line the card renews: the eSIM's ICCID, or the US phone number (E.164) of the line. */
@Embeddable
public class RenewedLine {

    @Column(name = "line_iccid")
    private String iccid;

    @Column(name = "line_phone")
    private String phone;

    protected RenewedLine() {
    }

    private RenewedLine(String iccid, String phone) {
        this.iccid = iccid;
        this.phone = phone;
    }

    public static RenewedLine iccid(String iccid) {
        return new RenewedLine(iccid, null);
    }

    public static RenewedLine phone(String e164) {
        return new RenewedLine(null, e164);
    }

    public String iccid() { return iccid; }
    public String phone() { return phone; }
}
