package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandard;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for the latest day to order a renewal, shared by the reminder, the renewal form and the queue:
 * next expiry − a week with the card in hand − the post's days to the customer − the warehouse's days to print and
 * post − the queue's margin − for customers who order by post, the post's days again for their letter to us
 * (the same standard, the other way). Calendar days, as the delivery standards count.
 */
@Dependent
public class RenewalTimetable {

    /** The customer should hold the new card this long before the plan expires (what the letter asks of them). */
    public static final int CARD_IN_HAND_DAYS = 7;

    /** A destination's delivery standard as it applies: learned from tracked deliveries, or the published one. */
    public record Transit(int days, boolean learned) {
        public Transit {
            if (days < 0) {
                throw new IllegalArgumentException("transit days " + days);
            }
        }

        /**
         * The destination's own row, else the row for any destination, else the last resort; in each row the learned
         * figure where deliveries taught one (as the queue and the delay check use them).
         */
        public static Transit of(Optional<DeliveryStandard> own, Optional<DeliveryStandard> anyDestination) {
            return own.or(() -> anyDestination)
                    .map(s -> new Transit(s.effectiveDays(), s.learnedDays().isPresent()))
                    .orElse(new Transit(DeliveryStandards.Table.LAST_RESORT_DAYS, false));
        }
    }

    /** Every delivery standard, read once, for callers that count the latest day of many lines or letters. */
    public record Transits(Map<String, DeliveryStandard> byKey) {

        public static Transits of(List<DeliveryStandard> standards) {
            Map<String, DeliveryStandard> byKey = new HashMap<>();
            standards.forEach(s -> byKey.put(s.destination() + "/" + s.service(), s));
            return new Transits(Map.copyOf(byKey));
        }

        /** The standard that applies to a letter of this service to this destination ({@link Transit#of}). */
        public Transit to(String destination, PostalService service) {
            return Transit.of(Optional.ofNullable(byKey.get(destination + "/" + service)),
                    Optional.ofNullable(byKey.get(DeliveryStandard.ANY_DESTINATION + "/" + service)));
        }
    }

    private final int printAndPostDays;
    private final int marginDays;

    @Inject
    public RenewalTimetable(
            @ConfigProperty(name = "fulfilment.renewal.print-and-post-days", defaultValue = "2") int printAndPostDays,
            @ConfigProperty(name = "fulfilment.queue.margin-days", defaultValue = "2") int marginDays) {
        if (printAndPostDays < 0 || marginDays < 0) {
            throw new IllegalArgumentException("print-and-post days and margin days must not be negative");
        }
        this.printAndPostDays = printAndPostDays;
        this.marginDays = marginDays;
    }

    public LatestDayToOrder latestDayToOrder(LocalDate nextExpiry, Transit transit, Channel channel) {
        int letterToUs = channel == Channel.POST ? transit.days() : 0;
        var date = nextExpiry.minusDays(CARD_IN_HAND_DAYS).minusDays(transit.days()).minusDays(printAndPostDays)
                .minusDays(marginDays).minusDays(letterToUs);
        return new LatestDayToOrder(date, nextExpiry, CARD_IN_HAND_DAYS, transit.days(), transit.learned(),
                printAndPostDays, marginDays, letterToUs);
    }

    public int printAndPostDays() { return printAndPostDays; }
    public int marginDays() { return marginDays; }
}
