package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.OrderStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the customer's tracking page tells of an order: its steps, each once, and when the letter
 * should arrive while that is still a question.
 * <p>
 * The order's own steps and its letter's events tell some things twice: when a letter is delivered,
 * returned or lost, the order follows it, so the carrier's "delivered" (when it happened) comes back
 * as the order's "delivered" (when we heard). The letter's event is the one kept. A repeated scan
 * (two "in transit" in a row, a support agent's "delivered" beside the carrier's) says nothing new,
 * and after delivery a stray scan does not undo it (as {@link StatusDerivation} decides too).
 */
public final class CustomerJourney {

    /** A step of the order (except holds, which are the business's, not the customer's). */
    public record OrderStep(OrderStatus status, OffsetDateTime at) {
    }

    /** An event of the order's letter. */
    public record LetterStep(TrackingStatus status, OffsetDateTime at) {
    }

    /** One line of the journey: an order status or a letter status by name, and when. */
    public record Step(String status, OffsetDateTime at) {
    }

    /** The order steps that only follow the letter, and the letter event each one follows. */
    private static final Map<OrderStatus, TrackingStatus> FOLLOWS_THE_LETTER = Map.of(
            OrderStatus.DELIVERED, TrackingStatus.DELIVERED,
            OrderStatus.RETURNED, TrackingStatus.RETURNED_TO_SENDER,
            OrderStatus.LOST, TrackingStatus.LOST);

    /** Where the letter's journey has ended, or is given up: no arrival to expect. */
    private static final Set<OrderStatus> SETTLED = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.RETURNED,
            OrderStatus.LOST, OrderStatus.CANCELLED);
    private static final Set<TrackingStatus> LETTER_SETTLED = EnumSet.of(TrackingStatus.DELIVERED,
            TrackingStatus.RETURNED_TO_SENDER, TrackingStatus.LOST);

    private CustomerJourney() {
    }

    /** The journey, oldest first, each step once. */
    public static List<Step> steps(List<OrderStep> order, List<LetterStep> letter) {
        var letterSteps = letterSteps(letter);
        var told = letterSteps.stream().map(LetterStep::status).collect(
                () -> EnumSet.noneOf(TrackingStatus.class), Set::add, Set::addAll);
        List<Step> steps = new ArrayList<>();
        Set<OrderStatus> seen = EnumSet.noneOf(OrderStatus.class);
        for (var step : order) {
            if (step.status() == OrderStatus.ON_HOLD || !seen.add(step.status())) {
                continue;
            }
            var followed = FOLLOWS_THE_LETTER.get(step.status());
            if (followed == null || !told.contains(followed)) {
                steps.add(new Step(step.status().name(), step.at()));
            }
        }
        letterSteps.forEach(e -> steps.add(new Step(e.status().name(), e.at())));
        // stable: at the same instant the order's step comes before the letter's
        steps.sort(Comparator.comparing((Step s) -> s.at().toInstant()));
        return steps;
    }

    /**
     * The letter's events as the customer reads them: by time; a repeat of the event just before
     * left out; delivery or return once; after delivery, nothing but a return.
     */
    static List<LetterStep> letterSteps(List<LetterStep> events) {
        var sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((LetterStep e) -> e.at().toInstant()).thenComparing(LetterStep::status));
        List<LetterStep> kept = new ArrayList<>();
        Set<TrackingStatus> ended = EnumSet.noneOf(TrackingStatus.class);
        for (var e : sorted) {
            var previous = kept.isEmpty() ? null : kept.get(kept.size() - 1).status();
            if (e.status() == previous || ended.contains(e.status())
                    || ended.contains(TrackingStatus.DELIVERED) && !e.status().terminal()) {
                continue;
            }
            if (e.status().terminal()) {
                ended.add(e.status());
            }
            kept.add(e);
        }
        return kept;
    }

    /**
     * When the letter should arrive, from the day it was posted and the destination's transit days:
     * only while it is on its way (not delivered, returned, lost or cancelled).
     *
     * @param letterStatus the letter's status from its events, or null without any
     */
    public static Optional<Window> expectedArrival(OrderStatus orderStatus, TrackingStatus letterStatus,
                                                   LocalDate postedOn, int transitDays) {
        if (postedOn == null || SETTLED.contains(orderStatus)
                || letterStatus != null && LETTER_SETTLED.contains(letterStatus)) {
            return Optional.empty();
        }
        return Optional.of(new Window(postedOn.plusDays(Math.max(1, transitDays - 3)), postedOn.plusDays(transitDays)));
    }

    /** The days between which the letter should arrive. */
    public record Window(LocalDate earliest, LocalDate latest) {
    }
}
