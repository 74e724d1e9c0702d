package com.renewalpost.fulfilment.notifications;

/**
 * Why an order's activation code is emailed (or, for {@link #REPLACEMENT}, why the customer is
 * told about a replacement letter). An order gets at most one automatic code email,
 * whatever its reason; only support can send another one.
 */
public enum EmailReason {
    /** Posted, not delivered, and past the delivery standard plus the grace period. */
    DELAYED(true),
    /** The customer's plan expires soon and the letter has not been delivered. */
    AT_RISK(true),
    /** Asked for by a member of support staff, with their reason. */
    SUPPORT(false),
    /** A replacement letter after a lost or returned one: tells the customer, carries no code. */
    REPLACEMENT(false),
    /** A post order was paid short: asks the customer for the balance, carries no code. */
    BALANCE_DUE(false),

    /** The SGP.22 confirmation code of an eSIM whose code asks for one, apart from the activation code: carries no code. */
    CONFIRMATION(false),

    /** Time to order the line's next renewal (package renewal decides when): carries no code. */
    REMINDER(false),

    /** A standing order made the line's next renewal order: tells the customer, carries no code. */
    STANDING_ORDER(false);

    private final boolean automatic;

    EmailReason(boolean automatic) {
        this.automatic = automatic;
    }

    public boolean automatic() {
        return automatic;
    }
}
