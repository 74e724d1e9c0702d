package com.renewalpost.fulfilment.notifications;

/**
 * Why an order's activation code is emailed (or, for {@link #REPLACEMENT}, why the customer is
 * told about a replacement letter). An order gets at most one automatic code email,
 * whatever its reason; only support can send another one.
 */
public enum EmailReason {
    /** Posted, not delivered, and past the delivery standard plus the grace period. */
    DELAYED(true, "letter late"),
    /** The customer's plan expires soon and the letter has not been delivered. */
    AT_RISK(true, "plan expiring"),
    /** Asked for by a member of support staff, with their reason. */
    SUPPORT(false, "requested by support"),
    /** A replacement letter after a lost or returned one: tells the customer, carries no code. */
    REPLACEMENT(false, "replacement letter");

    private final boolean automatic;
    private final String description;

    EmailReason(boolean automatic, String description) {
        this.automatic = automatic;
        this.description = description;
    }

    public boolean automatic() {
        return automatic;
    }

    /** A few words for the order's timeline. */
    public String description() {
        return description;
    }
}
