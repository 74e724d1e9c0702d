package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.platform.Message;

/** A tracking number already held by an item within the reuse period. */
public class TrackingNumberInUse extends RuntimeException {

    private final transient Message text;

    public TrackingNumberInUse(TrackingNumber number, int reuseAfterMonths) {
        this(Message.of("tracking.inUse", number, reuseAfterMonths));
    }

    private TrackingNumberInUse(Message text) {
        super(text.toString());
        this.text = text;
    }

    /** Why, for the person who scanned the label. */
    public Message text() {
        return text;
    }
}
