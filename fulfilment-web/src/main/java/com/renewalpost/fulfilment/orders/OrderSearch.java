package com.renewalpost.fulfilment.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * Finds orders from any clue support has: the order number (even mistyped case or dashes), part of
 * the name in any script, the email address, or the last digits of the ICCID.
 */
@ApplicationScoped
public class OrderSearch {

    public record Page(List<OrderView.Summary> items, int page, int size, long total) {
    }

    /** Shortest ICCID tail worth searching for: fewer digits match too many cards. */
    static final int MIN_ICCID_TAIL = 4;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Page search(String query, int page, int size) {
        var q = query == null ? "" : query.strip();
        var where = new StringBuilder();
        var number = OrderNumber.parse(q);
        var digits = q.replaceAll("[\\s-]", "");
        if (number.isPresent()) {
            where.append("o.number = :number");
        } else if (!q.isEmpty()) {
            where.append("(LOWER(o.customer.name) LIKE :text OR LOWER(o.customer.nameLatin) LIKE :text"
                    + " OR LOWER(o.customer.email) = :email OR o.number LIKE :numberPrefix");
            if (digits.length() >= MIN_ICCID_TAIL && digits.chars().allMatch(Character::isDigit)) {
                where.append(" OR o.line.iccid LIKE :iccidTail");
            }
            where.append(")");
        }
        var filter = where.isEmpty() ? "" : " WHERE " + where;
        var select = em.createQuery("SELECT o FROM Order o JOIN FETCH o.product" + filter
                + " ORDER BY o.createdAt DESC, o.id DESC", Order.class);
        var count = em.createQuery("SELECT COUNT(o) FROM Order o" + filter, Long.class);
        for (var query1 : List.of(select, count)) {
            if (number.isPresent()) {
                query1.setParameter("number", number.get().value());
            } else if (!q.isEmpty()) {
                var lower = q.toLowerCase(Locale.ROOT);
                query1.setParameter("text", "%" + escapeLike(lower) + "%");
                query1.setParameter("email", lower);
                query1.setParameter("numberPrefix", escapeLike(q.toUpperCase(Locale.ROOT)) + "%");
                if (digits.length() >= MIN_ICCID_TAIL && digits.chars().allMatch(Character::isDigit)) {
                    query1.setParameter("iccidTail", "%" + digits);
                }
            }
        }
        var items = select.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(OrderView.Summary::of).toList();
        return new Page(items, page, size, count.getSingleResult());
    }

    private static String escapeLike(String s) {
        // Characters with a meaning in LIKE are dropped rather than escaped: ESCAPE differs across databases.
        return s.replace("%", "").replace("_", "");
    }
}
