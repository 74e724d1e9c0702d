package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.codes.ActivationCode;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The delay and at-risk check's query ({@link CodeEmailCheck}): which orders are due an automatic
 * code email today, looked up without locks; {@link EmailQueue} looks again under the lock.
 */
@ApplicationScoped
@Transactional
public class CodeEmailCandidates {

    /**
     * What the check found: how many orders it looked at (a code, no automatic email yet, posted or
     * with a plan expiring soon) and which of them the rules say are due an email today.
     */
    public record Found(int lookedAt, List<Long> due) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    Clock clock;

    /**
     * The orders that are due an automatic code email today: a code, no automatic email yet, and
     * posted or with a plan expiring soon; then the rules decide.
     */
    public Found find() {
        var today = LocalDate.now(clock);
        var standards = deliveryStandards.table();
        List<Long> due = new ArrayList<>();
        int lookedAt = 0;
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.status, o.address.countryCode, o.postalService, o.planExpiresOn, "
                                + "MAX(t.occurredAt) FROM Order o "
                                + "LEFT JOIN o.timeline t ON t.kind = :transition AND t.toStatus = :posted "
                                + "WHERE o.status NOT IN :finished "
                                + "AND (o.status = :posted OR o.planExpiresOn <= :horizon) "
                                + "AND EXISTS (SELECT c.id FROM ActivationCode c WHERE c.orderId = o.id "
                                + "AND c.status = :allocated) "
                                + "AND NOT EXISTS (SELECT e.id FROM OutboxEmail e WHERE e.automaticForOrder = o.id) "
                                + "GROUP BY o.id, o.status, o.address.countryCode, o.postalService, o.planExpiresOn",
                        Object[].class)
                .setParameter("transition", TimelineEntry.Kind.TRANSITION)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("finished", List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED))
                .setParameter("horizon", today.plusDays(rules.atRiskDays()))
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getResultList()) {
            lookedAt++;
            var postedAt = (OffsetDateTime) row[5];
            var letter = new CodeEmailRules.Letter((OrderStatus) row[1],
                    postedAt == null ? null : PostingDates.day(postedAt, clock.getZone()),
                    standards.transitDays((String) row[2], (PostalService) row[3]), (LocalDate) row[4], true, false);
            if (rules.due(letter, today).isPresent()) {
                due.add(((Number) row[0]).longValue());
            }
        }
        return new Found(lookedAt, due);
    }
}
