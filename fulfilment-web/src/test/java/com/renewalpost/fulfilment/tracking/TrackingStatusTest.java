package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingStatusTest {

    @Test
    void ourNamesAndCarriersWordsInAnyCaseWithSpacesOrDashes() {
        assertThat(TrackingStatus.parse("DELIVERED")).contains(TrackingStatus.DELIVERED);
        assertThat(TrackingStatus.parse(" out for delivery ")).contains(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(TrackingStatus.parse("Arrived-in  destination")).contains(TrackingStatus.ARRIVED_IN_DESTINATION);
        assertThat(TrackingStatus.parse("Return to sender")).contains(TrackingStatus.RETURNED_TO_SENDER);
        assertThat(TrackingStatus.parse("notice-left")).contains(TrackingStatus.DELIVERY_FAILED);
    }

    @Test
    void anythingElseIsNoStatus() {
        assertThat(TrackingStatus.parse(null)).isEmpty();
        assertThat(TrackingStatus.parse("  ")).isEmpty();
        assertThat(TrackingStatus.parse("WARP")).isEmpty();
        assertThat(TrackingStatus.parse("DELIVERED_")).isEmpty();
    }
}
