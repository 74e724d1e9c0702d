package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.postage.PostalService;

/** Every configured range for a tracked service is used up: no item of it can be printed until a new range is configured. */
public class TrackingNumbersExhausted extends RuntimeException {

    public TrackingNumbersExhausted(PostalService service) {
        super("No S10 tracking numbers left for " + service + ": every configured range is used up "
                + "(add a new range to fulfilment.s10.ranges)");
    }
}
