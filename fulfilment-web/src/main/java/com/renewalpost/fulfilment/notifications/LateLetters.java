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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The letters in the post that are late today: posted, not delivered, and past their posting day
 * plus the delivery standard plus the grace days. The same rule ({@link CodeEmailRules#delayed}),
 * standards table, posting day and calendar as the delay check, so the dashboard's "delayed" is
 * exactly what the check emails about (whether or not that email has gone already).
 */
@ApplicationScoped
public class LateLetters {

    /** One late letter: when it was posted and the last day it still counted as on time. */
    public record LateLetter(String orderNumber, String destination, PostalService service, LocalDate postedOn,
                             LocalDate lateAfter) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    Clock clock;

    /** Every late letter, the longest overdue first. */
    @Transactional
    public List<LateLetter> today() {
        var today = LocalDate.now(clock);
        var standards = deliveryStandards.table();
        List<LateLetter> late = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "SELECT o.number, o.address.countryCode, o.postalService, MAX(t.occurredAt) FROM Order o "
                                + "JOIN o.timeline t WHERE o.status = :posted AND t.kind = :transition "
                                + "AND t.toStatus = :posted "
                                + "GROUP BY o.number, o.address.countryCode, o.postalService", Object[].class)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("transition", TimelineEntry.Kind.TRANSITION)
                .getResultList()) {
            var destination = (String) row[1];
            var service = (PostalService) row[2];
            var postedOn = PostingDates.day((OffsetDateTime) row[3], clock.getZone());
            int transitDays = standards.transitDays(destination, service);
            var letter = new CodeEmailRules.Letter(OrderStatus.POSTED, postedOn, transitDays, null, false, false);
            if (rules.delayed(letter, today)) {
                late.add(new LateLetter((String) row[0], destination, service, postedOn,
                        rules.lateAfter(postedOn, transitDays)));
            }
        }
        late.sort(Comparator.comparing(LateLetter::lateAfter).thenComparing(LateLetter::orderNumber));
        return late;
    }
}
