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

    /** Folding the events in one at a time, in any order and with repeats, ends where all of them at once do. */
    @Test
    void followingOneEventAtATimeEndsWhereAllTheEventsLead() {
        var random = new Random(18);
        var statuses = TrackingStatus.values();
        for (int round = 0; round < 500; round++) {
            List<StatusDerivation.Observed> events = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                // few distinct hours, so that ties of time happen often
                events.add(at(random.nextInt(5), statuses[random.nextInt(statuses.length)]));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                events.add(events.get(random.nextInt(events.size())));
            }
            var expected = StatusDerivation.derive(events).orElseThrow();
            for (int order = 0; order < 5; order++) {
                Collections.shuffle(events, random);
                StatusDerivation.Derived folded = null;
                for (var e : events) {
                    folded = StatusDerivation.next(folded, e);
                }
                assertThat(folded).as("events %s", events).isEqualTo(expected);
            }
        }
    }

    @Test
    void aLateScanDoesNotUndoADeliveryOneEventAtATime() {
        var delivered = StatusDerivation.next(StatusDerivation.next(null, at(10, IN_TRANSIT)), at(30, DELIVERED));
        assertThat(StatusDerivation.next(delivered, at(40, IN_TRANSIT))).isEqualTo(delivered);
        assertThat(delivered.deliveredAt()).isEqualTo(DAY0.plusHours(30));
        var returned = StatusDerivation.next(delivered, at(50, RETURNED_TO_SENDER));
        assertThat(returned.status()).isEqualTo(RETURNED_TO_SENDER);
        assertThat(returned.deliveredAt()).isNull();
        // a lost letter scanned again has been found
        assertThat(StatusDerivation.next(StatusDerivation.next(null, at(10, LOST)), at(20, IN_TRANSIT)).status())
                .isEqualTo(IN_TRANSIT);
    }

    @Test
    void theTrackingRowKeepsEachStatusAndTimeOnceAndCountsEveryEvent() {
        var tracking = new ShipmentTracking(1L, 2L);
        tracking.add(List.of(at(0, ACCEPTED), at(20, IN_TRANSIT)));
        tracking.add(List.of(at(20, IN_TRANSIT), at(30, DELIVERED), at(25, IN_TRANSIT)));
        assertThat(tracking.status()).isEqualTo(DELIVERED);
        assertThat(tracking.deliveredAt()).contains(DAY0.plusHours(30));
        assertThat(tracking.eventCount()).isEqualTo(5);
        assertThat(tracking.observed()).containsExactlyInAnyOrder(at(0, ACCEPTED), at(20, IN_TRANSIT),
                at(30, DELIVERED), at(25, IN_TRANSIT));
        assertThat(ShipmentTracking.observed("IN_TRANSIT@1772442000.000123;DELIVERED@1772445600")).containsExactly(
                new StatusDerivation.Observed(IN_TRANSIT, DAY0.plusNanos(123_000)),
                new StatusDerivation.Observed(DELIVERED, DAY0.plusHours(1)));
    }
}
