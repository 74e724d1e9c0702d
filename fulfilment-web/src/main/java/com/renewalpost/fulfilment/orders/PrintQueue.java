package com.renewalpost.fulfilment.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders waiting to be printed, most urgent first: by the last day each can be posted and
 * still arrive before the customer's plan runs out (plan expiry minus the delivery standard
 * for its destination and service minus a safety margin). An order its own service can no longer bring in time
 * carries the {@link ServiceChoice}: a faster service proposed, for the warehouse to confirm ({@link ServiceChoices}).
 */
@ApplicationScoped
@Transactional
public class PrintQueue {

    /**
     * One queued order with its deadline. {@code latestPostingDate} is null when the plan expiry is unknown. When the
     * order's own service is too late ({@code atRisk}), the {@link ServiceChoice}: a faster service that still arrives
     * ({@code proposedService}, its standard and posting deadline, its postage and what it costs more, in
     * {@code postageCurrency}), or {@code noServiceInTime}. Null fields are left out of the JSON.
     */
    public record Entry(String number, String customerName, String country, String productSku, String postalService,
                        LocalDate planExpiresOn, int transitDays, LocalDate latestPostingDate, boolean atRisk,
                        String proposedService, Integer proposedTransitDays, LocalDate proposedLatestPostingDate,
                        BigDecimal proposedPostage, BigDecimal extraPostage, String postageCurrency,
                        boolean noServiceInTime) {

        Entry with(ServiceChoice choice) {
            var proposed = choice.proposed();
            var postage = proposed ? choice.postage() : null;
            return new Entry(number, customerName, country, productSku, postalService, planExpiresOn, transitDays,
                    latestPostingDate, atRisk, proposed ? choice.service().name() : null, choice.transitDays(),
                    choice.latestPostingDate(), postage == null ? null : postage.amount(), choice.extraPostage(),
                    postage == null ? null : postage.currency(),
                    choice.verdict() == ServiceChoice.Verdict.NO_SERVICE_IN_TIME);
        }
    }

    @Inject
    Orders orders;
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    DeliveryStandards standards;
    @Inject
    ServicePostage postage;
    @Inject
    @ConfigProperty(name = "fulfilment.queue.margin-days", defaultValue = "2")
    int marginDays;

    /**
     * The days in transit of each queued order, in SQL: the destination's own standard (learned
     * days first), else the default row for its service, else the last resort. The order's last
     * posting day is its plan expiry minus these days (date minus integer works alike on H2 and
     * PostgreSQL), so the database sorts and pages the queue and no call reads it whole.
     */
    private static final String QUEUED_WITH_TRANSIT = " FROM customer_order o "
            + "LEFT JOIN delivery_standard own ON own.destination = o.address_country "
            + "AND own.service = o.postal_service "
            + "LEFT JOIN delivery_standard dflt ON dflt.destination = '" + DeliveryStandard.ANY_DESTINATION + "' "
            + "AND dflt.service = o.postal_service "
            + "WHERE o.status = 'QUEUED' ";
    private static final String TRANSIT_DAYS = "COALESCE(own.learned_days, own.transit_days, dflt.learned_days, "
            + "dflt.transit_days, " + DeliveryStandards.Table.LAST_RESORT_DAYS + ")";

    /**
     * One page of the queue, most urgent first (orders without a known plan expiry last, then in the
     * order they came in): {@code max} entries from position {@code first}.
     */
    @Transactional
    public List<Entry> entries(int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, " + TRANSIT_DAYS + QUEUED_WITH_TRANSIT
                        + "ORDER BY o.plan_expires_on - " + TRANSIT_DAYS + " NULLS LAST, o.id "
                        + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .setParameter(1, first).setParameter(2, max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> transit = new LinkedHashMap<>();
        for (Object[] row : rows) {
            transit.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        Map<Long, Order> byId = new HashMap<>();
        for (Order o : em.createQuery("SELECT o FROM Order o JOIN FETCH o.product WHERE o.id IN :ids", Order.class)
                .setParameter("ids", transit.keySet()).getResultList()) {
            byId.put(o.id(), o);
        }
        var today = LocalDate.now(clock);
        List<Entry> page = new ArrayList<>(rows.size());
        // the standards of every service and the day's prices, read once a page and only for a page with late orders
        DeliveryStandards.Table table = null;
        ServicePostage.Prices prices = null;
        for (var e : transit.entrySet()) {
            var order = byId.get(e.getKey());
            // an order printed between the two reads has left the queue: it leaves the page too
            if (order == null || order.status() != OrderStatus.QUEUED) {
                continue;
            }
            var entry = entry(order, e.getValue(), today);
            if (entry.atRisk()) {
                if (table == null) {
                    table = standards.table();
                    prices = postage.on(today);
                }
                entry = entry.with(choice(order, table, prices, today));
            }
            page.add(entry);
        }
        return page;
    }

    /** The {@link ServiceChoice} for one order as the queue makes it now: what a confirmation is checked against. */
    @Transactional
    public ServiceChoice choiceFor(Order order) {
        var today = LocalDate.now(clock);
        return choice(order, standards.table(), postage.on(today), today);
    }

    ServiceChoice choice(Order order, DeliveryStandards.Table table, ServicePostage.Prices prices, LocalDate today) {
        var country = order.address().countryCode();
        int weight = order.product().weightGrams();
        return ServiceChoice.choose(order.postalService(), order.planExpiresOn().orElse(null), today, marginDays,
                service -> table.transitDays(country, service), service -> prices.of(service, country, weight));
    }

    /** How many orders are queued. */
    public long count() {
        return orders.countInStatus(OrderStatus.QUEUED);
    }

    /** How many queued orders cannot arrive before their plan expires even if posted today: one COUNT. */
    @Transactional
    public long countAtRisk() {
        // latest posting date before today  <=>  expiry - transit < today + margin; only plans expiring
        // within the longest standard can be at risk, and order_queue_idx hands over just those
        var horizon = LocalDate.now(clock).plusDays(marginDays);
        int longest = Math.max(DeliveryStandards.Table.LAST_RESORT_DAYS, ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(COALESCE(learned_days, transit_days)), 0) FROM delivery_standard")
                .getSingleResult()).intValue());
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + QUEUED_WITH_TRANSIT
                        + "AND o.plan_expires_on < ? AND o.plan_expires_on - " + TRANSIT_DAYS + " < ?")
                .setParameter(1, java.sql.Date.valueOf(horizon.plusDays(longest)))
                .setParameter(2, java.sql.Date.valueOf(horizon))
                .getSingleResult()).longValue();
    }

    Entry entry(Order o, int transitDays, LocalDate today) {
        var latest = o.planExpiresOn().map(expiry -> latestPostingDate(expiry, transitDays, marginDays)).orElse(null);
        return new Entry(o.number().value(), o.customer().nameLatin(), o.address().countryCode(), o.product().sku(),
                o.postalService().name(), o.planExpiresOn().orElse(null), transitDays, latest,
                latest != null && latest.isBefore(today), null, null, null, null, null, null, false);
    }

    /** The queue's posting deadline: the last day a letter can be posted and still arrive before the plan expires. */
    public static LocalDate latestPostingDate(LocalDate planExpiry, int transitDays, int marginDays) {
        return planExpiry.minusDays(transitDays).minusDays(marginDays);
    }
}
