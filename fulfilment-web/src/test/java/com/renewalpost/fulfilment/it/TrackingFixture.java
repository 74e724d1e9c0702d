package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import com.renewalpost.fulfilment.tracking.CustomerJourney;
import com.renewalpost.fulfilment.tracking.PublicTracking;
import com.renewalpost.fulfilment.tracking.Reships;
import com.renewalpost.fulfilment.tracking.ShipmentTracking;
import com.renewalpost.fulfilment.tracking.TrackingEvents;
import com.renewalpost.fulfilment.tracking.TrackingSettings;
import com.renewalpost.fulfilment.tracking.TrackingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For TrackingIT: gives a printed order the shipment the warehouse would have made (one print run
 * of its own, a pre-printed tracking label, a closed dispatch of its own with the letter's postage,
 * a posting date), without running the whole day. A posted letter always has its dispatch and
 * postage: the postage ledger, which other classes on the same server read, counts on it.
 */
@ApplicationScoped
public class TrackingFixture {

    private static final AtomicInteger RUNS = new AtomicInteger(1);

    @PersistenceContext
    EntityManager em;
    @Inject
    Orders orders;
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

    /** The letter of the order, made the day before {@code postedOn}, with the number if one is given. */
    @Transactional
    public void shipment(OrderNumber number, TrackingNumber trackingNumber, LocalDate postedOn) {
        var order = orders.byNumberForUpdate(number).orElseThrow();
        var made = postedOn.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        long runId = 900_000L + RUNS.getAndIncrement();
        em.createNativeQuery("INSERT INTO print_run (id, run_date, day_number, selection, created_at, created_by, "
                        + "version) VALUES (?, ?, ?, 'tracking test', ?, 'test', 0)")
                .setParameter(1, runId)
                .setParameter(2, made.toLocalDate())
                .setParameter(3, (int) runId)
                .setParameter(4, made)
                .executeUpdate();
        var handedOver = postedOn.atTime(10, 0).atOffset(ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO dispatch (id, posting_date, post_office, status, opened_at, opened_by, "
                        + "closed_at, closed_by, version) VALUES (?, ?, 'tracking test', 'CLOSED', ?, 'test', ?, 'test', 0)")
                .setParameter(1, runId)
                .setParameter(2, postedOn)
                .setParameter(3, handedOver)
                .setParameter(4, handedOver)
                .executeUpdate();
        var shipment = new Shipment(order, runId, made);
        if (trackingNumber != null) {
            shipment.attach(trackingNumber, TrackingSource.PRE_PRINTED);
        }
        shipment.addTo(runId, 1, new Postage("TRACKING-TEST", new BigDecimal("1.00"), "USD", null,
                Postage.Source.OVERRIDE, "tracking test"), handedOver);
        shipment.posted(postedOn);
        shipments.add(shipment);
    }

    /** Gives a tracking number to the order's letter later (a pre-printed label attached at packing). */
    @Transactional
    public void attachNumber(OrderNumber number, TrackingNumber trackingNumber) {
        var order = orders.byNumber(number).orElseThrow();
        shipments.ofOrderForUpdate(order).orElseThrow().attach(trackingNumber, TrackingSource.PRE_PRINTED);
    }

    public static OffsetDateTime utc(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ZoneOffset.UTC);
    }

    /**
     * The order's public tracking as it was put together before the summary (issue 18), from every
     * source: the order's timeline, its latest shipment, the letter's events and derived status, the
     * delivery standard, the code emails, the reships. The summary must answer the same.
     */
    @Transactional
    public PublicTracking fromEverySource(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow();
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
        CustomerJourney.Window window = null;
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
