package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Orders a paper form may repeat. Customers post a second form when the first seems slow, or
 * the warehouse keys the same form twice; either way a second letter would carry a second code.
 * An order looks like a duplicate of another when that one is still under way (not yet delivered,
 * cancelled, returned or lost), was received within the window, and has
 * <ul>
 * <li>the same email address, or</li>
 * <li>the same line to renew (ICCID or US phone number), or</li>
 * <li>the same Latin-script name, postcode and product.</li>
 * </ul>
 * It is a warning: the person keying the form decides (a customer may renew two lines). The window
 * is shorter than the shortest plan: most letters travel untracked and stay POSTED, so last
 * month's renewal of the same line must not look like a repeat of this month's.
 */
@ApplicationScoped
@Transactional
public class PossibleDuplicates {

    /** An earlier order and what it has in common with the new one. */
    public record Match(String number, String status, OffsetDateTime createdAt, String customerName,
                        List<Reason> reasons) {
    }

    public enum Reason { SAME_EMAIL, SAME_LINE, SAME_NAME_POSTCODE_PRODUCT }

    /** Statuses of an order still on its way to the customer. */
    static final Set<OrderStatus> UNDER_WAY = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.QUEUED,
            OrderStatus.ON_HOLD, OrderStatus.PRINTED, OrderStatus.PACKED, OrderStatus.POSTED);
    static final int MOST = 20;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.order-entry.duplicate-window-days", defaultValue = "21")
    int windowDays;

    /** Earlier orders the request may repeat, newest first (at most 20). */
    @Transactional
    public List<Match> of(OrderRequest request) {
        var email = lower(request.email());
        var line = line(request);
        var name = lower(OrderValidation.latinName(request).orElse(null));
        var postcode = request.address() == null ? null : compact(request.address().postcode());
        var sku = blankToNull(request.productSku());
        var criteria = new ArrayList<String>();
        if (email != null) {
            criteria.add("LOWER(o.customer.email) = :email");
        }
        if (line != null) {
            criteria.add(line.startsWith("+") ? "o.line.phone = :line" : "o.line.iccid = :line");
        }
        if (name != null && postcode != null && sku != null) {
            criteria.add("(LOWER(o.customer.nameLatin) = :name AND o.product.sku = :sku)");
        }
        if (criteria.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT o FROM Order o JOIN FETCH o.product WHERE o.status IN :underWay"
                        + " AND o.createdAt >= :since AND (" + String.join(" OR ", criteria) + ")"
                        + " ORDER BY o.createdAt DESC, o.id DESC", Order.class)
                .setParameter("underWay", UNDER_WAY)
                .setParameter("since", Clocks.now(clock)
                        .minusDays(windowDays));
        if (email != null) {
            query.setParameter("email", email);
        }
        if (line != null) {
            query.setParameter("line", line);
        }
        if (name != null && postcode != null && sku != null) {
            query.setParameter("name", name).setParameter("sku", sku);
        }
        Map<String, Match> matches = new LinkedHashMap<>();
        for (var order : query.setMaxResults(MOST * 2).getResultList()) {
            var reasons = reasons(order, email, line, name, postcode, sku);
            if (!reasons.isEmpty() && matches.size() < MOST) {
                matches.put(order.number().value(), new Match(order.number().value(), order.status().name(),
                        order.createdAt(), order.customer().name(), reasons));
            }
        }
        return List.copyOf(matches.values());
    }

    /** Why {@code order} looks like the request; the postcode is compared here, spaces and dashes aside. */
    static List<Reason> reasons(Order order, String email, String line, String name, String postcode, String sku) {
        var reasons = new ArrayList<Reason>();
        if (email != null && email.equals(lower(order.customer().email()))) {
            reasons.add(Reason.SAME_EMAIL);
        }
        if (line != null && (line.equals(order.line().iccid()) || line.equals(order.line().phone()))) {
            reasons.add(Reason.SAME_LINE);
        }
        if (name != null && postcode != null && sku != null && name.equals(lower(order.customer().nameLatin()))
                && postcode.equals(compact(order.address().postcode())) && sku.equals(order.product().sku())) {
            reasons.add(Reason.SAME_NAME_POSTCODE_PRODUCT);
        }
        return reasons;
    }

    /** The line as intake keeps it (compact ICCID or E.164), or null when it is not readable yet. */
    private static String line(OrderRequest request) {
        if (request.iccid() != null && !request.iccid().isBlank()) {
            return OrderValidation.compactIccid(request.iccid());
        }
        if (request.linePhone() != null && !request.linePhone().isBlank()) {
            return OrderValidation.usLine(request.linePhone()).orElse(null);
        }
        return null;
    }

    static String compact(String postcode) {
        return postcode == null || postcode.isBlank() ? null
                : postcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
