package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds orders from any clue support has: the order number (typed loosely: lower case, spaces,
 * no dash, O for 0 or I/L for 1, or only its first symbols), part of the name in any script, the
 * email address, the last digits of the ICCID, or the letter's tracking number; narrowed by
 * status, destination, channel and the day the order came in. Newest first, one page at a time
 * from the database (the staff page's lazy table and the REST API share it).
 */
@ApplicationScoped
@Transactional
public class OrderSearch {

    public record Page(List<OrderView.Summary> items, int page, int size, long total) {
    }

    /**
     * What to look for; every part is optional (null), all given parts must match.
     *
     * @param text        number, name, email, ICCID tail or tracking number
     * @param createdFrom first day (warehouse calendar) the order came in, inclusive
     * @param createdTo   last day, inclusive
     */
    public record Criteria(String text, OrderStatus status, String country, Channel channel, LocalDate createdFrom,
                           LocalDate createdTo) implements Serializable {

        public static Criteria text(String text) {
            return new Criteria(text, null, null, null, null, null);
        }
    }

    /** Shortest ICCID tail worth searching for: fewer digits match too many cards. */
    static final int MIN_ICCID_TAIL = 4;

    @PersistenceContext
    EntityManager em;
    @Inject
    WarehouseCalendar calendar;

    /** The old entry point of the REST API: text only. */
    @Transactional
    public Page search(String query, int page, int size) {
        return search(Criteria.text(query), page, size);
    }

    @Transactional
    public Page search(Criteria criteria, int page, int size) {
        return new Page(find(criteria, page * size, size), page, size, count(criteria));
    }

    /** The matching orders from {@code first} on, at most {@code max}, newest first, with their tracking numbers. */
    @Transactional
    public List<OrderView.Summary> find(Criteria criteria, int first, int max) {
        var where = where(criteria);
        var select = em.createQuery("SELECT o FROM Order o JOIN FETCH o.product" + where.jpql()
                + " ORDER BY o.createdAt DESC, o.id DESC", Order.class);
        where.parameters().forEach(select::setParameter);
        var found = select.setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, String> tracking = new HashMap<>();
        if (!found.isEmpty()) {
            // one more query for the page, not one per row
            for (Object[] row : em.createQuery("SELECT s.order.id, s.trackingNumber FROM Shipment s "
                            + "WHERE s.order.id IN :ids AND s.trackingNumber IS NOT NULL ORDER BY s.id", Object[].class)
                    .setParameter("ids", found.stream().map(Order::id).toList())
                    .getResultList()) {
                tracking.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        }
        return found.stream().map(o -> OrderView.Summary.of(o, tracking.get(o.id()))).toList();
    }

    @Transactional
    public long count(Criteria criteria) {
        var where = where(criteria);
        var count = em.createQuery("SELECT COUNT(o) FROM Order o" + where.jpql(), Long.class);
        where.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * The one order an exact order number (typed loosely) or a letter's tracking number names, so
     * that the search can open it at once; empty for any other clue, or when the number finds none.
     */
    @Transactional
    public Optional<String> exactly(String typed) {
        var q = typed == null ? "" : typed.strip();
        if (q.isEmpty() || (looseNumber(q).isEmpty() && TrackingNumber.parse(q).isEmpty())) {
            return Optional.empty();
        }
        var found = find(Criteria.text(q), 0, 2);
        return found.size() == 1 ? Optional.of(found.get(0).number()) : Optional.empty();
    }

    /** The destinations orders have gone to, for the search's country filter. */
    @Transactional
    public List<String> countries() {
        return em.createQuery("SELECT DISTINCT o.address.countryCode FROM Order o ORDER BY o.address.countryCode",
                String.class).getResultList();
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private Where where(Criteria criteria) {
        var conditions = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        var q = criteria.text() == null ? "" : criteria.text().strip();
        if (!q.isEmpty()) {
            var number = looseNumber(q);
            var tracking = TrackingNumber.parse(q);
            if (number.isPresent()) {
                conditions.append("o.number = :number");
                parameters.put("number", number.get().value());
            } else if (tracking.isPresent()) {
                conditions.append("EXISTS (SELECT s.id FROM Shipment s WHERE s.order = o "
                        + "AND s.trackingNumber = :tracking)");
                parameters.put("tracking", tracking.get().value());
            } else {
                var lower = q.toLowerCase(Locale.ROOT);
                conditions.append("(LOWER(o.customer.name) LIKE :text OR LOWER(o.customer.nameLatin) LIKE :text"
                        + " OR LOWER(o.customer.email) = :email");
                parameters.put("text", "%" + dropLikeSymbols(lower) + "%");
                parameters.put("email", lower);
                numberPrefix(q).ifPresent(prefix -> {
                    conditions.append(" OR o.number LIKE :numberPrefix");
                    parameters.put("numberPrefix", prefix + "%");
                });
                var digits = q.replaceAll("[\\s-]", "");
                if (digits.length() >= MIN_ICCID_TAIL && digits.chars().allMatch(Character::isDigit)) {
                    conditions.append(" OR o.line.iccid LIKE :iccidTail");
                    parameters.put("iccidTail", "%" + digits);
                }
                conditions.append(")");
            }
        }
        if (criteria.status() != null) {
            and(conditions).append("o.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.country() != null && !criteria.country().isBlank()) {
            and(conditions).append("o.address.countryCode = :country");
            parameters.put("country", criteria.country().strip().toUpperCase(Locale.ROOT));
        }
        if (criteria.channel() != null) {
            and(conditions).append("o.channel = :channel");
            parameters.put("channel", criteria.channel());
        }
        if (criteria.createdFrom() != null) {
            and(conditions).append("o.createdAt >= :from");
            parameters.put("from", startOf(criteria.createdFrom()));
        }
        if (criteria.createdTo() != null) {
            and(conditions).append("o.createdAt < :to");
            parameters.put("to", startOf(criteria.createdTo().plusDays(1)));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + conditions, parameters);
    }

    private static StringBuilder and(StringBuilder conditions) {
        return conditions.isEmpty() ? conditions : conditions.append(" AND ");
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The order number someone meant: as typed, or with the letters people put for the digits
     * the alphabet leaves out (O for 0, I and L for 1), as long as the check symbol then agrees.
     */
    public static Optional<OrderNumber> looseNumber(String typed) {
        return OrderNumber.parse(typed).or(() -> OrderNumber.parse(typed.toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1')));
    }

    /**
     * The start of an order number, when the text could be one: "rp 7k3m", "RP-7K3M" and "7K3M"
     * all become "RP-7K3M". Empty when the text has symbols no order number has.
     */
    static Optional<String> numberPrefix(String typed) {
        var compact = typed.toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        var body = compact.startsWith("RP") ? compact.substring(2) : compact;
        if (body.isEmpty() || body.length() > OrderNumber.BODY_LENGTH + 1
                || !body.chars().allMatch(c -> OrderNumber.ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(OrderNumber.PREFIX + body);
    }

    private static String dropLikeSymbols(String s) {
        // Characters with a meaning in LIKE are dropped rather than escaped: ESCAPE differs across databases.
        return s.replace("%", "").replace("_", "");
    }
}
