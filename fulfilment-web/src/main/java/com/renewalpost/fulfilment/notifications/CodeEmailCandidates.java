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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delay and at-risk check's query ({@link CodeEmailCheck}): which orders are due an automatic
 * code email today, looked up without locks; {@link EmailQueue} looks again under the lock.
 * Two index ranges rather than every order: letters posted before the day from which even the shortest
 * delivery standard has not run out, and plans expiring within the at-risk window; the rules then decide
 * each of those few with its own standard.
 */
@ApplicationScoped
@Transactional
public class CodeEmailCandidates {

    /**
     * What the check found: how many orders it looked at (a code, no automatic email yet, and posted long
     * enough ago to be late with the shortest standard or with a plan expiring soon) and which of them the rules
     * say are due an email today.
     */
    public record Found(int lookedAt, List<Long> due) {
    }

    /** The query's conditions common to both ranges: the order holds a code and has no automatic email yet. */
    private static final String HOLDS_CODE_NO_EMAIL_YET =
            "AND EXISTS (SELECT c.id FROM ActivationCode c WHERE c.orderId = o.id AND c.status = :allocated) "
                    + "AND NOT EXISTS (SELECT e.id FROM OutboxEmail e WHERE e.automaticForOrder = o.id)";

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
     * posted long enough ago or with a plan expiring soon; then the rules decide.
     */
    public Found find() {
        var today = LocalDate.now(clock);
        var zone = clock.getZone();
        var standards = deliveryStandards.table();
        // a letter posted on or after this day is on time today whatever its standard (one order is posted once)
        var postedBefore = rules.lateIfPostedBefore(today, standards.shortestDays()).atStartOfDay(zone).toOffsetDateTime();
        Map<Long, CodeEmailRules.Letter> letters = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.address.countryCode, o.postalService, o.planExpiresOn, t.occurredAt "
                                + "FROM TimelineEntry t JOIN t.order o "
                                + "WHERE t.toStatus = :posted AND t.kind = :transition AND t.occurredAt < :before "
                                + "AND o.status = :posted " + HOLDS_CODE_NO_EMAIL_YET, Object[].class)
                .setParameter("transition", TimelineEntry.Kind.TRANSITION)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("before", postedBefore)
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getResultList()) {
            letters.put(((Number) row[0]).longValue(), new CodeEmailRules.Letter(OrderStatus.POSTED,
                    PostingDates.day((OffsetDateTime) row[4], zone),
                    standards.transitDays((String) row[1], (PostalService) row[2]), (LocalDate) row[3], true, false));
        }
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.status, o.planExpiresOn FROM Order o "
                                + "WHERE o.planExpiresOn <= :horizon AND o.status NOT IN :finished "
                                + HOLDS_CODE_NO_EMAIL_YET, Object[].class)
                .setParameter("horizon", today.plusDays(rules.atRiskDays()))
                .setParameter("finished", List.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED))
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getResultList()) {
            // a letter found above keeps its posting date; the rules need none to judge a plan's expiry
            letters.putIfAbsent(((Number) row[0]).longValue(), new CodeEmailRules.Letter((OrderStatus) row[1], null,
                    DeliveryStandards.Table.LAST_RESORT_DAYS, (LocalDate) row[2], true, false));
        }
        var due = letters.entrySet().stream().filter(e -> rules.due(e.getValue(), today).isPresent())
                .map(Map.Entry::getKey).sorted().toList();
        return new Found(letters.size(), due);
    }
}
