package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When the post will not bring the activation code in time, so the code is emailed:
 * <ul>
 * <li><em>delayed</em>: posted, not delivered, and today is past the posting date plus the
 *     delivery standard for the destination and service plus {@code graceDays};</li>
 * <li><em>at risk</em>: the plan expires within {@code atRiskDays} (or has expired) and the
 *     letter has not been delivered.</li>
 * </ul>
 * Either way only once per order, and only when the order holds a code.
 *
 * @param graceDays  days past the delivery standard before a letter counts as late
 * @param atRiskDays how close the plan's expiry must be for the code to be emailed
 */
public record CodeEmailRules(int graceDays, int atRiskDays) {

    /** A delivered letter needs no email; a cancelled order needs no code. */
    private static final Set<OrderStatus> NO_EMAIL_NEEDED = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED);

    public CodeEmailRules {
        if (graceDays < 0 || atRiskDays < 0) {
            throw new IllegalArgumentException("grace and at-risk days cannot be negative");
        }
    }

    /**
     * What the rules need to know about one order.
     *
     * @param postedOn              the day the letter was handed to the post, or null before that
     * @param transitDays           the delivery standard for the destination and service
     * @param planExpiresOn         the last day of the customer's plan, or null when unknown
     * @param codeAllocated         whether the order holds an activation code
     * @param automaticEmailQueued  whether it already has its automatic code email
     */
    public record Letter(OrderStatus status, LocalDate postedOn, int transitDays, LocalDate planExpiresOn,
                         boolean codeAllocated, boolean automaticEmailQueued) {
        public Letter {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The automatic email the order is due today, if any; a late letter wins over an expiring plan. */
    public Optional<EmailReason> due(Letter letter, LocalDate today) {
        if (!letter.codeAllocated() || letter.automaticEmailQueued()) {
            return Optional.empty();
        }
        if (delayed(letter, today)) {
            return Optional.of(EmailReason.DELAYED);
        }
        if (atRisk(letter, today)) {
            return Optional.of(EmailReason.AT_RISK);
        }
        return Optional.empty();
    }

    public boolean delayed(Letter letter, LocalDate today) {
        return letter.status() == OrderStatus.POSTED && letter.postedOn() != null
                && today.isAfter(lateAfter(letter.postedOn(), letter.transitDays()));
    }

    public boolean atRisk(Letter letter, LocalDate today) {
        return !NO_EMAIL_NEEDED.contains(letter.status()) && letter.planExpiresOn() != null
                && !letter.planExpiresOn().isAfter(today.plusDays(atRiskDays));
    }

    /**
     * The day from which a letter with this standard is not late today: one posted before it is ({@link #delayed}
     * when still in the post). Lets the check ask the database for letters posted before a day rather than read all.
     */
    public LocalDate lateIfPostedBefore(LocalDate today, int transitDays) {
        return today.minusDays((long) transitDays + graceDays);
    }

    /** The last day a letter posted on {@code postedOn} still counts as on time. */
    public LocalDate lateAfter(LocalDate postedOn, int transitDays) {
        return postedOn.plusDays((long) transitDays + graceDays);
    }
}
