package com.renewalpost.fulfilment.tracking;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static com.renewalpost.fulfilment.tracking.TrackingStatus.ACCEPTED;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.ARRIVED_IN_DESTINATION;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.DELIVERED;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.DELIVERY_FAILED;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.IN_TRANSIT;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.LOST;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.OUT_FOR_DELIVERY;
import static com.renewalpost.fulfilment.tracking.TrackingStatus.RETURNED_TO_SENDER;
import static org.assertj.core.api.Assertions.assertThat;

class StatusDerivationTest {

    private static final OffsetDateTime DAY0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static StatusDerivation.Observed at(int hours, TrackingStatus status) {
        return new StatusDerivation.Observed(status, DAY0.plusHours(hours));
    }

    @Test
    void theLatestEventDecidesWhateverOrderTheyArriveIn() {
        var events = new ArrayList<>(List.of(at(0, ACCEPTED), at(20, IN_TRANSIT), at(70, ARRIVED_IN_DESTINATION),
                at(90, OUT_FOR_DELIVERY), at(95, DELIVERY_FAILED)));
        var random = new Random(3);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, random);
            var derived = StatusDerivation.derive(events).orElseThrow();
            assertThat(derived.status()).isEqualTo(DELIVERY_FAILED);
            assertThat(derived.at()).isEqualTo(DAY0.plusHours(95));
            assertThat(derived.deliveredAt()).isNull();
        }
    }

    @Test
    void aLateInTransitScanDoesNotUndoADelivery() {
        var derived = StatusDerivation.derive(List.of(at(100, DELIVERED), at(120, IN_TRANSIT), at(10, ACCEPTED)))
                .orElseThrow();
        assertThat(derived.status()).isEqualTo(DELIVERED);
        assertThat(derived.deliveredAt()).isEqualTo(DAY0.plusHours(100));
    }

    @Test
    void repeatsChangeNothing() {
        var once = StatusDerivation.derive(List.of(at(0, ACCEPTED), at(50, DELIVERED))).orElseThrow();
        var twice = StatusDerivation.derive(List.of(at(50, DELIVERED), at(0, ACCEPTED), at(50, DELIVERED),
                at(0, ACCEPTED))).orElseThrow();
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aLostLetterScannedAgainHasBeenFoundButAReturnStays() {
        assertThat(StatusDerivation.derive(List.of(at(0, ACCEPTED), at(500, LOST), at(600, OUT_FOR_DELIVERY)))
                .orElseThrow().status()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(StatusDerivation.derive(List.of(at(0, ACCEPTED), at(300, RETURNED_TO_SENDER), at(400, IN_TRANSIT)))
                .orElseThrow().status()).isEqualTo(RETURNED_TO_SENDER);
    }

    @Test
    void ofTwoTerminalEventsTheLaterWinsAndSameInstantTiesGoToTheFurtherStep() {
        assertThat(StatusDerivation.derive(List.of(at(100, DELIVERED), at(200, RETURNED_TO_SENDER)))
                .orElseThrow().status()).isEqualTo(RETURNED_TO_SENDER);
        assertThat(StatusDerivation.derive(List.of(at(30, ARRIVED_IN_DESTINATION), at(30, IN_TRANSIT)))
                .orElseThrow().status()).isEqualTo(ARRIVED_IN_DESTINATION);
        assertThat(StatusDerivation.derive(List.of())).isEmpty();
    }

    @Test
    void theOrderFollowsOnlySettledFates() {
        assertThat(TrackingEvents.orderStatusFor(DELIVERED)).contains(com.renewalpost.fulfilment.orders.OrderStatus.DELIVERED);
        assertThat(TrackingEvents.orderStatusFor(RETURNED_TO_SENDER)).contains(com.renewalpost.fulfilment.orders.OrderStatus.RETURNED);
        assertThat(TrackingEvents.orderStatusFor(LOST)).contains(com.renewalpost.fulfilment.orders.OrderStatus.LOST);
        assertThat(TrackingEvents.orderStatusFor(OUT_FOR_DELIVERY)).isEmpty();
    }
}
