package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.shipping.Postage;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.shipping.TrackingSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
}
