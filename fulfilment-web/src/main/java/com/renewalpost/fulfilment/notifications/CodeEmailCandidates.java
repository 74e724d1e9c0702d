package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.codes.ActivationCode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delay and at-risk check's query ({@link CodeEmailCheck}): which orders are due an automatic
 * code email today, looked up without locks; {@link EmailQueue} looks again under the lock.
 * Two index ranges rather than every order: letters whose delivery standard (kept on the order, see
 * {@code Order.post}) ended more than the grace days ago, and plans expiring within the at-risk window of the
 * orders not yet decided ({@code Order.planExpiryWatched}: no automatic email, neither delivered nor cancelled).
 * The standard's end is exact per destination and service, recomputed when learning changes a standard;
 * the rules still judge each letter found with the standards in use now (a letter whose standard grew
 * since is found, and left alone), so the range only has to be no narrower than the truth.
 */
@ApplicationScoped
@Transactional
public class CodeEmailCandidates {

    /**
     * What the check found: how many orders it looked at (a code and no automatic email yet, and a delivery
     * standard run out or a plan expiring soon), which of them the rules say are due an email today, and which
     * letters in the range already have their automatic email (queued before posting), to leave the range.
     */
    public record Found(int lookedAt, List<Long> due, List<Long> settled) {
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
     * a delivery standard run out or a plan expiring soon; then the rules decide.
     */
    public Found find() {
        var today = LocalDate.now(clock);
        var standards = deliveryStandards.table();
        // late today: the standard's last day plus the grace days is before today (grace applied here, as set now)
        var endedBefore = today.minusDays(rules.graceDays());
        Map<Long, CodeEmailRules.Letter> letters = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.address.countryCode, o.postalService, o.planExpiresOn, o.postedOn FROM Order o "
                                + "WHERE o.status = :posted AND o.standardEndsOn >= :noEarlier "
                                + "AND o.standardEndsOn < :endedBefore "
                                + "AND EXISTS (SELECT c.id FROM ActivationCode c WHERE c.orderId = o.id "
                                + "AND c.status = :allocated)", Object[].class)
                // a lower bound, so that the index range starts after the NULLs (letters decided), which H2 sorts first
                .setParameter("noEarlier", LocalDate.EPOCH)
                .setParameter("endedBefore", endedBefore)
                .setParameter("posted", OrderStatus.POSTED)
                .setParameter("allocated", ActivationCode.Status.ALLOCATED)
                .getResultList()) {
            letters.put(((Number) row[0]).longValue(), new CodeEmailRules.Letter(OrderStatus.POSTED, (LocalDate) row[4],
                    standards.transitDays((String) row[1], (PostalService) row[2]), (LocalDate) row[3], true, false));
        }
        // a letter whose automatic email went before posting (at risk) is in the range once: it leaves it
        List<Long> settled = new ArrayList<>();
        var inRange = List.copyOf(letters.keySet());
        for (int from = 0; from < inRange.size(); from += IN_LIST) {
            settled.addAll(em.createQuery("SELECT e.automaticForOrder FROM OutboxEmail e "
                            + "WHERE e.automaticForOrder IN :ids", Long.class)
                    .setParameter("ids", inRange.subList(from, Math.min(inRange.size(), from + IN_LIST))).getResultList());
        }
        settled.forEach(letters::remove);
        for (Object[] row : em.createQuery(
                        "SELECT o.id, o.status, o.planExpiresOn FROM Order o "
                                + "WHERE o.planExpiryWatched >= :noEarlier AND o.planExpiryWatched <= :horizon "
                                + "AND o.status NOT IN :finished "
                                + HOLDS_CODE_NO_EMAIL_YET, Object[].class)
                .setParameter("noEarlier", LocalDate.EPOCH)
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
        return new Found(letters.size() + settled.size(), due, settled.stream().sorted().toList());
    }

    /** Ids per IN list: well within what every database takes as parameters of one statement. */
    private static final int IN_LIST = 1_000;
}
