package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.shipping.Shipment;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Letters the system proposes to support as lost: posted, not delivered or returned, and nothing
 * heard for {@code fulfilment.tracking.lost-after-days} after the later of the day the delivery
 * standard said they would arrive and their last tracking event. Support decides: a proposal
 * changes nothing until someone records the letter lost.
 */
@ApplicationScoped
@Transactional
public class LostLetters {

    /** One silent letter. {@code lastNews} is the last event's day, or the posting day without events. */
    public record Proposal(String orderNumber, String destination, String service, LocalDate postedOn,
                           int standardDays, LocalDate lastNews, String lastStatus, long daysSilent)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    @ConfigProperty(name = "fulfilment.tracking.lost-after-days", defaultValue = "30")
    int lostAfterDays;

    @Transactional
    public List<Proposal> proposals() {
        var today = calendar.today();
        var standards = deliveryStandards.table();
        // only letters posted before the shortest standard plus the silence allowed can be proposed:
        // the database hands over those, not every letter on its way
        int shortest = standards.days().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        var posted = em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.order o "
                        + "WHERE o.status = :posted AND s.postedOn IS NOT NULL AND s.postedOn < :before", Shipment.class)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("before", today.minusDays((long) shortest + lostAfterDays))
                .getResultList();
        Map<Long, ShipmentTracking> tracking = new HashMap<>();
        if (!posted.isEmpty()) {
            em.createQuery("SELECT t FROM ShipmentTracking t WHERE t.shipmentId IN :ids", ShipmentTracking.class)
                    .setParameter("ids", posted.stream().map(Shipment::id).toList())
                    .getResultList().forEach(t -> tracking.put(t.shipmentId(), t));
        }
        return posted.stream()
                .map(s -> proposal(s, Optional.ofNullable(tracking.get(s.id())),
                        standards.transitDays(s.destination(), s.postalService()), today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Proposal::daysSilent).reversed())
                .toList();
    }

    Optional<Proposal> proposal(Shipment shipment, Optional<ShipmentTracking> tracking, int standardDays,
                                LocalDate today) {
        var postedOn = shipment.postedOn().orElseThrow();
        var lastNews = tracking.map(t -> t.statusAt().atZoneSameInstant(calendar.zone()).toLocalDate())
                .filter(day -> day.isAfter(postedOn)).orElse(postedOn);
        if (tracking.map(ShipmentTracking::status).filter(TrackingStatus::terminal).isPresent()) {
            return Optional.empty();
        }
        return silentFor(postedOn, standardDays, lastNews, today, lostAfterDays).map(days -> new Proposal(
                shipment.order().number().value(), shipment.destination(), shipment.postalService().name(), postedOn,
                standardDays, lastNews, tracking.map(t -> t.status().name()).orElse(null), days));
    }

    /** Days of silence past the allowance, when the letter should be proposed as lost. */
    static Optional<Long> silentFor(LocalDate postedOn, int standardDays, LocalDate lastNews, LocalDate today,
                                    int lostAfterDays) {
        var expected = postedOn.plusDays(standardDays);
        var since = lastNews.isAfter(expected) ? lastNews : expected;
        long silent = ChronoUnit.DAYS.between(since, today);
        return silent > lostAfterDays ? Optional.of(ChronoUnit.DAYS.between(lastNews, today)) : Optional.empty();
    }
}
