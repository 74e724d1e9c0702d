package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery standards learned from tracked deliveries: per destination and service, the 80th
 * percentile (nearest rank) of the transit days of the deliveries within the window, once there
 * are enough of them. It then replaces the seeded or admin's figure wherever a standard is used
 * (the queue's urgency, the late-letter check); both stay visible. Transit days run from the
 * posting date to the UTC date of the delivery scan.
 */
@ApplicationScoped
@Transactional
public class LearnedStandards {

    /** One destination and service: the set figure, what deliveries taught, and which one is used. */
    public record StandardView(String destination, String service, int standardDays, String source,
                               Integer learnedDays, Integer learnedFrom, OffsetDateTime learnedAt, int effectiveDays) {
        static StandardView of(DeliveryStandard s) {
            return new StandardView(s.destination(), s.service().name(), s.transitDays(), s.source().name(),
                    s.learnedDays().orElse(null), s.learnedFrom().orElse(null), s.learnedAt().orElse(null),
                    s.effectiveDays());
        }
    }

    public record Result(int learned, int cleared) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards standards;
    @Inject
    TrackingSettings settings;
    @Inject
    Clock clock;
    @Inject
    WarehouseCalendar calendar;

    /** The 80th percentile by nearest rank: the smallest value at least 80 % of the values do not exceed. */
    public static int percentile80(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.8 * sorted.size());
        return sorted.get(rank - 1);
    }

    @Transactional
    public Result learn() {
        var now = Clocks.now(clock);
        var since = now.minusDays(settings.learnWindowDays());
        int min = settings.learnMinDeliveries();
        Map<String, List<Integer>> transit = new HashMap<>();
        for (var delivery : deliveriesSince(since)) {
            transit.computeIfAbsent(delivery.destination() + "/" + delivery.service().name(), k -> new ArrayList<>())
                    .add(delivery.transitDays());
        }
        var table = standards.table();
        int learned = 0;
        int cleared = 0;
        // locked: two instances learning at once write one after the other
        var rows = em.createQuery("SELECT s FROM DeliveryStandard s", DeliveryStandard.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        var before = DeliveryStandards.Table.of(rows);
        Map<String, DeliveryStandard> byKey = new HashMap<>();
        rows.forEach(s -> byKey.put(s.destination() + "/" + s.service().name(), s));
        for (var s : rows) {
            var days = transit.get(s.destination() + "/" + s.service().name());
            if (days == null || days.size() < min) {
                if (s.learnedDays().isPresent()) {
                    s.learned(null, null, now);
                    cleared++;
                }
            }
        }
        for (var entry : transit.entrySet()) {
            if (entry.getValue().size() < min) {
                continue;
            }
            var parts = entry.getKey().split("/");
            var service = PostalService.valueOf(parts[1]);
            var row = byKey.get(entry.getKey());
            if (row == null) {
                row = DeliveryStandard.learnedFor(parts[0], service,
                        table.transitDays(DeliveryStandard.ANY_DESTINATION, service));
                standards.add(row);
            }
            // a standard of 0 days would make every letter late on its posting day
            row.learned(Math.max(1, percentile80(entry.getValue())), entry.getValue().size(), now);
            learned++;
        }
        // the letters in the post take the standards now in use, in this transaction (the delay check reads their end)
        standards.standardsChanged(before);
        return new Result(learned, cleared);
    }

    /** One tracked delivery: where to, by which service, and how many days it took. */
    public record Delivery(String destination, PostalService service, int transitDays) {
    }

    /**
     * Days in transit: from the posting date (the warehouse's day) to the day of the delivery scan
     * on the same calendar, so that a letter scanned on the evening of its posting day in UTC but
     * the next morning at the warehouse counts one day, not zero.
     */
    public static int transitDays(LocalDate postedOn, OffsetDateTime deliveredAt, ZoneId warehouse) {
        return (int) ChronoUnit.DAYS.between(postedOn, deliveredAt.atZoneSameInstant(warehouse).toLocalDate());
    }

    /**
     * The tracked deliveries since a moment, with their transit days ({@link #transitDays}): what
     * the standards are learned from, and what the dashboard charts.
     */
    @Transactional
    public List<Delivery> deliveriesSince(OffsetDateTime since) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT s.destination, s.postalService, s.postedOn, t.deliveredAt "
                        + "FROM ShipmentTracking t, Shipment s WHERE s.id = t.shipmentId AND t.deliveredAt >= :since "
                        + "AND s.postedOn IS NOT NULL", Object[].class)
                .setParameter("since", since)
                .getResultList()) {
            int days = transitDays((LocalDate) row[2], (OffsetDateTime) row[3], calendar.zone());
            if (days >= 0) {
                deliveries.add(new Delivery((String) row[0], (PostalService) row[1], days));
            }
        }
        return deliveries;
    }

    @Transactional
    public List<StandardView> all() {
        return standards.all().stream().map(StandardView::of).toList();
    }
}
