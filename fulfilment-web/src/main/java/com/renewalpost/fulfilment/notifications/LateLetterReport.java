package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The letters in the post that are late today, by the same rule that emails their code
 * ({@link CodeEmailRules#delayed}): posted, not delivered, returned or lost, and today past the
 * posting day plus the delivery standard of the destination and service plus the grace days;
 * whether or not the code has been emailed. The dashboard lists them, the metrics count them.
 */
@ApplicationScoped
@Transactional
public class LateLetterReport {

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
        // Only letters posted before the shortest standard (plus grace) can be late: the database
        // hands over those, not every letter on its way.
        int shortest = standards.days().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        var candidatesPostedBefore = today.minusDays((long) shortest + rules.graceDays());
        List<LateLetter> late = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT o.number, o.address.countryCode, o.postalService, o.postedOn "
                                + "FROM Order o WHERE o.status = :posted AND o.postedOn < :before", Object[].class)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("before", candidatesPostedBefore)
                .getResultList()) {
            var destination = (String) row[1];
            var service = (PostalService) row[2];
            var postedOn = (LocalDate) row[3];
            int transitDays = standards.transitDays(destination, service);
            var letter = new CodeEmailRules.Letter(OrderStatus.POSTED, postedOn, transitDays, null, true, false);
            if (rules.delayed(letter, today)) {
                late.add(new LateLetter((String) row[0], destination, service, postedOn,
                        rules.lateAfter(postedOn, transitDays)));
            }
        }
        late.sort(Comparator.comparing(LateLetter::lateAfter).thenComparing(LateLetter::orderNumber));
        return late;
    }

    @Transactional
    public long count() {
        return today().size();
    }
}
