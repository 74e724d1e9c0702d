package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.postage.DeliveryStandards;
import com.renewalpost.fulfilment.postage.PostalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Letters that are late by the same rule that emails their code ({@link CodeEmailRules#delayed}):
 * posted, not delivered, returned or lost, and today past the posting day plus the delivery
 * standard of the destination and service plus the grace days; whether or not the code has been
 * emailed. A letter stays late until its delivery, return or loss is recorded.
 */
@ApplicationScoped
public class LateLetters {

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    Clock clock;

    @Transactional
    public long count() {
        var today = LocalDate.now(clock);
        var standards = deliveryStandards.table();
        // Only letters posted before the shortest standard (plus grace) can be late: the database
        // hands over those, not every letter on its way.
        int shortest = standards.days().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        var candidatesPostedBefore = today.minusDays((long) shortest + rules.graceDays())
                .atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        long late = 0;
        for (Object[] row : em.createQuery("SELECT o.address.countryCode, o.postalService, MAX(t.occurredAt) "
                                + "FROM Order o JOIN o.timeline t WHERE o.status = :posted "
                                + "AND t.kind = :transition AND t.toStatus = :posted "
                                + "GROUP BY o.id, o.address.countryCode, o.postalService "
                                + "HAVING MAX(t.occurredAt) < :before", Object[].class)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("transition", TimelineEntry.Kind.TRANSITION)
                .setParameter("before", candidatesPostedBefore)
                .getResultList()) {
            var letter = new CodeEmailRules.Letter(OrderStatus.POSTED,
                    PostingDates.day((OffsetDateTime) row[2], clock.getZone()),
                    standards.transitDays((String) row[0], (PostalService) row[1]), null, true, false);
            if (rules.delayed(letter, today)) {
                late++;
            }
        }
        return late;
    }
}
