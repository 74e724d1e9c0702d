package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.PublicLookup;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's tracking as its customer sees it ({@link PublicTracking}), once they have given its
 * number and postcode ({@link PublicLookup}): the order's and its letter's steps, the expected
 * delivery window, whether the code was emailed, the replacement order. One transaction.
 */
@ApplicationScoped
@Transactional
public class CustomerTracking {

    @Inject
    PublicLookup lookup;
    @Inject
    Shipments shipments;
    @Inject
    TrackingEvents events;
    @Inject
    DeliveryStandards standards;
    @Inject
    TrackingSettings settings;
    @Inject
    Reships reships;
    @Inject
    OrderEmails emails;

    /** The tracking of the order with this number and second factor, for a customer at {@code clientAddress}. */
    public PublicLookup.Answer<PublicTracking> track(String clientAddress, String number, String postcode, String line) {
        return lookup.lookUp(clientAddress, number, postcode, line, this::view);
    }

    private PublicTracking view(Order order) {
        List<CustomerJourney.OrderStep> orderSteps = new ArrayList<>();
        for (var t : order.timeline()) {
            if (t.kind() == TimelineEntry.Kind.TRANSITION) {
                orderSteps.add(new CustomerJourney.OrderStep(t.toStatus(), t.occurredAt()));
            }
        }
        List<CustomerJourney.LetterStep> letterSteps = new ArrayList<>();
        var shipment = shipments.ofOrder(order);
        TrackingStatus letterStatus = null;
        String trackingNumber = null;
        String carrierUrl = null;
        LocalDate postedOn = null;
        Window window = null;
        if (shipment.isPresent()) {
            var s = shipment.get();
            for (var e : events.eventsOf(s.id())) {
                letterSteps.add(new CustomerJourney.LetterStep(e.status(), e.occurredAt()));
            }
            letterStatus = events.trackingOf(s.id()).map(ShipmentTracking::status).orElse(null);
            trackingNumber = s.trackingNumber().map(TrackingNumber::value).orElse(null);
            carrierUrl = s.trackingNumber().flatMap(n -> settings.carrierPage(order.address().countryCode(), n.value()))
                    .map(Object::toString).orElse(null);
            postedOn = s.postedOn().orElse(null);
            if (postedOn != null) {
                window = CustomerJourney.expectedArrival(order.status(), letterStatus, postedOn,
                        standards.transitDays(order.address().countryCode(), order.postalService())).orElse(null);
            }
        }
        var emailedAt = emails.codeEmailedAt(order);
        return new PublicTracking(order.number().value(), order.status().name(),
                letterStatus == null ? null : letterStatus.name(), postedOn, window,
                emailedAt.isPresent(), emailedAt.orElse(null),
                trackingNumber, carrierUrl, reships.replacementOf(order).orElse(null),
                reships.originalOf(order).orElse(null),
                CustomerJourney.steps(orderSteps, letterSteps));
    }
}
