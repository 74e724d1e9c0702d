package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.tracking.CustomerJourney.LetterStep;
import com.renewalpost.fulfilment.tracking.CustomerJourney.OrderStep;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerJourneyTest {

    private static final OffsetDateTime DAY0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static OrderStep order(int hours, OrderStatus status) {
        return new OrderStep(status, DAY0.plusHours(hours));
    }

    private static LetterStep letter(int hours, TrackingStatus status) {
        return new LetterStep(status, DAY0.plusHours(hours));
    }

    private static List<OrderStep> postedAt(int hours) {
        return new ArrayList<>(List.of(order(0, OrderStatus.RECEIVED), order(0, OrderStatus.QUEUED),
                order(2, OrderStatus.PRINTED), order(3, OrderStatus.PACKED), order(hours, OrderStatus.POSTED)));
    }

    private static List<String> names(List<Step> steps) {
        return steps.stream().map(Step::status).toList();
    }

    @Test
    void aDeliveredLetterIsDeliveredOnceWhenTheCarrierSaidSoNotAgainWhenTheOrderFollowed() {
        var orderSteps = postedAt(5);
        // the order follows the carrier's event when it is received, a day after it happened
        orderSteps.add(order(120, OrderStatus.DELIVERED));
        var steps = CustomerJourney.steps(orderSteps, List.of(letter(6, TrackingStatus.ACCEPTED),
                letter(30, TrackingStatus.IN_TRANSIT), letter(96, TrackingStatus.DELIVERED)));

        assertThat(names(steps)).containsExactly("RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "ACCEPTED",
                "IN_TRANSIT", "DELIVERED");
        assertThat(steps.get(7).at()).as("when it happened, not when we heard").isEqualTo(DAY0.plusHours(96));
    }

    @Test
    void aLostLetterIsLostOnceAndReturnedOnce() {
        var lost = postedAt(5);
        lost.add(order(200, OrderStatus.LOST));
        assertThat(names(CustomerJourney.steps(lost, List.of(letter(200, TrackingStatus.LOST)))))
                .containsExactly("RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "LOST");

        var returned = postedAt(5);
        returned.add(order(300, OrderStatus.RETURNED));
        assertThat(names(CustomerJourney.steps(returned, List.of(letter(250, TrackingStatus.RETURNED_TO_SENDER),
                letter(260, TrackingStatus.RETURNED_TO_SENDER)))))
                .containsExactly("RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "RETURNED_TO_SENDER");
    }

    @Test
    void anOrderThatFollowedNoEventOfItsLetterKeepsItsOwnStep() {
        // an order moved without a letter event (older data): its step is all the customer has
        var orderSteps = postedAt(5);
        orderSteps.add(order(100, OrderStatus.DELIVERED));
        assertThat(names(CustomerJourney.steps(orderSteps, List.of(letter(6, TrackingStatus.ACCEPTED)))))
                .containsExactly("RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "ACCEPTED", "DELIVERED");
    }

    @Test
    void holdsAreLeftOutAndAStepOfTheOrderIsToldOnce() {
        var orderSteps = List.of(order(0, OrderStatus.RECEIVED), order(0, OrderStatus.QUEUED),
                order(1, OrderStatus.ON_HOLD), order(30, OrderStatus.QUEUED), order(31, OrderStatus.PRINTED));
        var steps = CustomerJourney.steps(orderSteps, List.of());
        assertThat(names(steps)).containsExactly("RECEIVED", "QUEUED", "PRINTED");
        assertThat(steps.get(1).at()).isEqualTo(DAY0);
    }

    @Test
    void repeatedScansAndASecondDeliveryAreToldOnceAndAScanAfterDeliveryNotAtAll() {
        // the carrier's delivery, support's "the customer called: delivered", and a stray scan after
        var events = new ArrayList<>(List.of(letter(6, TrackingStatus.ACCEPTED), letter(30, TrackingStatus.IN_TRANSIT),
                letter(31, TrackingStatus.IN_TRANSIT), letter(70, TrackingStatus.ARRIVED_IN_DESTINATION),
                letter(90, TrackingStatus.DELIVERY_FAILED), letter(92, TrackingStatus.OUT_FOR_DELIVERY),
                letter(114, TrackingStatus.DELIVERY_FAILED), letter(140, TrackingStatus.DELIVERED),
                letter(150, TrackingStatus.IN_TRANSIT), letter(160, TrackingStatus.DELIVERED)));
        var random = new Random(5);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(events, random);
            var steps = CustomerJourney.steps(List.of(), events);
            assertThat(names(steps)).containsExactly("ACCEPTED", "IN_TRANSIT", "ARRIVED_IN_DESTINATION",
                    "DELIVERY_FAILED", "OUT_FOR_DELIVERY", "DELIVERY_FAILED", "DELIVERED");
            assertThat(steps.get(6).at()).isEqualTo(DAY0.plusHours(140));
        }
    }

    @Test
    void aLetterFoundAfterItWasGivenUpForLostIsToldAsItWent() {
        var orderSteps = postedAt(5);
        orderSteps.add(order(400, OrderStatus.LOST));
        orderSteps.add(order(500, OrderStatus.DELIVERED));
        var steps = CustomerJourney.steps(orderSteps, List.of(letter(400, TrackingStatus.LOST),
                letter(450, TrackingStatus.IN_TRANSIT), letter(480, TrackingStatus.DELIVERED)));
        assertThat(names(steps)).containsExactly("RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "LOST",
                "IN_TRANSIT", "DELIVERED");
    }

    @Test
    void aStepAndAnEventOfTheSameInstantKeepTheOrdersStepFirst() {
        var steps = CustomerJourney.steps(postedAt(5), List.of(letter(5, TrackingStatus.ACCEPTED)));
        assertThat(names(steps)).endsWith("POSTED", "ACCEPTED");
    }

    // ---- the expected arrival ----

    private static final LocalDate POSTED = LocalDate.of(2026, 3, 2);

    @Test
    void aLetterOnItsWayIsExpectedFromThreeDaysBeforeItsStandardToTheStandard() {
        assertThat(CustomerJourney.expectedArrival(OrderStatus.POSTED, TrackingStatus.IN_TRANSIT, POSTED, 10))
                .contains(new CustomerJourney.Window(POSTED.plusDays(7), POSTED.plusDays(10)));
        assertThat(CustomerJourney.expectedArrival(OrderStatus.POSTED, null, POSTED, 2))
                .contains(new CustomerJourney.Window(POSTED.plusDays(1), POSTED.plusDays(2)));
        assertThat(CustomerJourney.expectedArrival(OrderStatus.POSTED, TrackingStatus.DELIVERY_FAILED, POSTED, 5))
                .isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"DELIVERED", "RETURNED", "LOST", "CANCELLED"})
    void noArrivalIsExpectedOnceTheOrdersLetterIsSettled(OrderStatus status) {
        assertThat(CustomerJourney.expectedArrival(status, TrackingStatus.IN_TRANSIT, POSTED, 10)).isEmpty();
        assertThat(CustomerJourney.expectedArrival(status, null, POSTED, 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TrackingStatus.class, names = {"DELIVERED", "RETURNED_TO_SENDER", "LOST"})
    void noArrivalIsExpectedOnceTheLetterIsDeliveredLostOrOnItsWayBack(TrackingStatus status) {
        // the order has not followed yet (or may not: a move it does not allow is only noted)
        assertThat(CustomerJourney.expectedArrival(OrderStatus.POSTED, status, POSTED, 10)).isEmpty();
    }

    @Test
    void noArrivalIsExpectedBeforePosting() {
        assertThat(CustomerJourney.expectedArrival(OrderStatus.PACKED, null, null, 10)).isEmpty();
    }
}
