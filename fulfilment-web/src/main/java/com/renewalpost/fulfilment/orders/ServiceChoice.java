package com.renewalpost.fulfilment.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one rule for choosing a letter's service by its deadline. A queued order whose own service can still be posted
 * by its posting deadline ({@link PrintQueue#latestPostingDate}: plan expiry − the service's delivery standard − the
 * queue's margin, not before today) keeps it. If it cannot, the services that can are candidates and the cheapest of
 * them (then the fastest) is proposed, with what it costs and costs more; a service without a price is proposed only
 * when no priced one makes it. When no service makes it, nothing is proposed and the order is marked as such: a
 * dearer stamp would not save it, the code email has to.
 *
 * @param verdict           what the rule found
 * @param service           the proposed service (FASTER_SERVICE only)
 * @param transitDays       its delivery standard
 * @param latestPostingDate its posting deadline
 * @param postage           what the letter costs by it (null when the tariff has no price)
 * @param extraPostage      what it costs more than the order's own service (null unless both are priced in one
 *                          currency)
 */
public record ServiceChoice(Verdict verdict, PostalService service, Integer transitDays, LocalDate latestPostingDate,
                            ServicePostage.Price postage, BigDecimal extraPostage) {

    public enum Verdict {
        /** The order's own service arrives in time (or the plan's expiry is unknown): nothing to propose. */
        IN_TIME,
        /** Its own service is too slow, a faster one still arrives in time: proposed. */
        FASTER_SERVICE,
        /** No service arrives before the plan expires, even posted today. */
        NO_SERVICE_IN_TIME
    }

    private static final ServiceChoice KEEP = new ServiceChoice(Verdict.IN_TIME, null, null, null, null, null);
    private static final ServiceChoice TOO_LATE = new ServiceChoice(Verdict.NO_SERVICE_IN_TIME, null, null, null, null,
            null);

    public boolean proposed() {
        return verdict == Verdict.FASTER_SERVICE;
    }

    /**
     * @param own        the order's service now
     * @param planExpiry the plan's expiry (null: unknown, nothing to choose by)
     * @param transit    each service's delivery standard to the order's destination (learned where known)
     * @param price      what the letter costs by each service
     */
    public static ServiceChoice choose(PostalService own, LocalDate planExpiry, LocalDate today, int marginDays,
                                       ToIntFunction<PostalService> transit,
                                       Function<PostalService, Optional<ServicePostage.Price>> price) {
        if (planExpiry == null || inTime(planExpiry, transit.applyAsInt(own), marginDays, today)) {
            return KEEP;
        }
        List<ServiceChoice> candidates = new ArrayList<>();
        var ownPrice = price.apply(own).orElse(null);
        for (var service : PostalService.values()) {
            int days = transit.applyAsInt(service);
            if (service == own || !inTime(planExpiry, days, marginDays, today)) {
                continue;
            }
            var postage = price.apply(service).orElse(null);
            BigDecimal extra = postage != null && ownPrice != null && postage.currency().equals(ownPrice.currency())
                    ? postage.amount().subtract(ownPrice.amount()) : null;
            candidates.add(new ServiceChoice(Verdict.FASTER_SERVICE, service, days,
                    PrintQueue.latestPostingDate(planExpiry, days, marginDays), postage, extra));
        }
        return candidates.stream()
                .min(Comparator.<ServiceChoice, Boolean>comparing(c -> c.postage() == null)
                        .thenComparing(c -> c.postage() == null ? BigDecimal.ZERO : c.postage().amount())
                        .thenComparingInt(ServiceChoice::transitDays))
                .orElse(TOO_LATE);
    }

    private static boolean inTime(LocalDate planExpiry, int transitDays, int marginDays, LocalDate today) {
        return !PrintQueue.latestPostingDate(planExpiry, transitDays, marginDays).isBefore(today);
    }
}
