package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.Milestones;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.PublicLookup;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Window;
import com.renewalpost.mail.EmailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order's tracking as its customer sees it ({@link PublicTracking}), once they have given its
 * number and postcode ({@link PublicLookup}): the order's and its letter's steps, the expected
 * delivery window, whether the code was emailed, the replacement order. One transaction, and
 * after the order's own row one indexed read: the order's steps are kept on its row
 * ({@link Order#milestones()}), its letter's status and events on the letter's tracking row
 * ({@link ShipmentTracking}), both written in the transactions that change them; the rest is
 * read beside them by key (the latest shipment, the first code email sent, the reship either way).
 */
@ApplicationScoped
@Transactional
public class CustomerTracking {

    /** The summary of one order by its id: strings only, so that H2 and PostgreSQL answer alike. */
    private static final String SUMMARY = "SELECT s.tracking_number, CAST(s.posted_on AS VARCHAR(10)), t.status, "
            + "t.observed, (SELECT CAST(EXTRACT(EPOCH FROM MIN(e.settled_at)) AS VARCHAR(40)) FROM email_outbox e "
            + "WHERE e.order_id = o.id AND e.status = 'SENT' AND e.template IN ("
            + Arrays.stream(EmailKind.values()).filter(EmailKind::carriesCode).map(k -> "'" + k.name() + "'")
            .collect(Collectors.joining(", ")) + ")), "
            + "(SELECT n.order_number FROM reship r JOIN customer_order n ON n.id = r.replacement_order_id "
            + "WHERE r.original_order_id = o.id), "
            + "(SELECT p.order_number FROM reship r JOIN customer_order p ON p.id = r.original_order_id "
            + "WHERE r.replacement_order_id = o.id), t.event_count, s.id "
            + "FROM customer_order o "
            + "LEFT JOIN shipment s ON s.id = (SELECT MAX(x.id) FROM shipment x WHERE x.order_id = o.id) "
            + "LEFT JOIN shipment_tracking t ON t.shipment_id = s.id "
            + "WHERE o.id = ?";

    @Inject
    PublicLookup lookup;
    @Inject
    TrackingEvents events;
    @Inject
    DeliveryStandards standards;
    @Inject
    TrackingSettings settings;
    @PersistenceContext
    EntityManager em;

    /** The tracking of the order with this number and second factor, for a customer at {@code clientAddress}. */
    public PublicLookup.Answer<PublicTracking> track(String clientAddress, String number, String postcode, String line) {
        return lookup.lookUp(clientAddress, number, postcode, line, this::view);
    }

    private PublicTracking view(Order order) {
        var row = (Object[]) em.createNativeQuery(SUMMARY).setParameter(1, order.id()).getSingleResult();
        var trackingNumber = (String) row[0];
        var postedOn = row[1] == null ? null : LocalDate.parse(((String) row[1]).strip());
        var letterStatus = row[2] == null ? null : TrackingStatus.valueOf(((String) row[2]).strip());
        var emailedAt = row[4] == null ? null : Milestones.time((String) row[4]);
        List<CustomerJourney.LetterStep> letterSteps = new ArrayList<>();
        if (row[3] != null || row[7] == null || ((Number) row[7]).intValue() == 0) {
            ShipmentTracking.observed((String) row[3])
                    .forEach(e -> letterSteps.add(new CustomerJourney.LetterStep(e.status(), e.at())));
        } else {
            // a letter tracked before its events were kept with its status: they are read
            events.eventsOf(((Number) row[8]).longValue()).forEach(e ->
                    letterSteps.add(new CustomerJourney.LetterStep(e.status(), e.occurredAt())));
        }
        var carrierUrl = trackingNumber == null ? null : settings.carrierPage(order.address().countryCode(),
                trackingNumber).map(Object::toString).orElse(null);
        Window window = null;
        if (postedOn != null) {
            window = CustomerJourney.expectedArrival(order.status(), letterStatus, postedOn,
                    standards.transitDays(order.address().countryCode(), order.postalService())).orElse(null);
        }
        return new PublicTracking(order.number().value(), order.status().name(),
                letterStatus == null ? null : letterStatus.name(), postedOn, window,
                emailedAt != null, emailedAt, trackingNumber, carrierUrl, (String) row[5], (String) row[6],
                CustomerJourney.steps(orderSteps(order), letterSteps));
    }

    /** The order's steps: kept on its row; read from its timeline for an order written without them. */
    private static List<CustomerJourney.OrderStep> orderSteps(Order order) {
        return order.milestones()
                .map(all -> all.stream().map(m -> new CustomerJourney.OrderStep(m.status(), m.at())).toList())
                .orElseGet(() -> order.timeline().stream().filter(t -> t.kind() == TimelineEntry.Kind.TRANSITION)
                        .map(t -> new CustomerJourney.OrderStep(t.toStatus(), t.occurredAt())).toList());
    }
}
