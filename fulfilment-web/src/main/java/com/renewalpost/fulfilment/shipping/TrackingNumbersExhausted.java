package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.orders.PostalService;

/** Every configured range for a tracked service is used up: no item of it can be printed until a new range is configured. */
public class TrackingNumbersExhausted extends RuntimeException {

    private final transient Message text;

    public TrackingNumbersExhausted(PostalService service) {
        this(Message.of("tracking.exhausted", service));
    }

    private TrackingNumbersExhausted(Message text) {
        super(text.toString());
        this.text = text;
    }

    /** Why, for the people who see the run. */
    public Message text() {
        return text;
    }
}
