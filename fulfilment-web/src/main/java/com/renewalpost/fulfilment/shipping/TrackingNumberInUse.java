package com.renewalpost.fulfilment.shipping;

/** A tracking number already held by an item within the reuse period. */
public class TrackingNumberInUse extends RuntimeException {

    public TrackingNumberInUse(TrackingNumber number, int reuseAfterMonths) {
        super("Tracking number " + number + " was already used within the last " + reuseAfterMonths + " months");
    }
}
