package com.renewalpost.fulfilment.renewal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The last day a customer can post their order (or order online) and still hold the card {@code cardInHandDays}
 * before the plan expires, with the parts it was counted from (calendar days each). {@code letterToUsDays} is 0 for
 * customers who do not order by post.
 */
public record LatestDayToOrder(LocalDate date, LocalDate nextExpiry, int cardInHandDays, int deliveryDays,
                               boolean deliveryLearned, int printAndPostDays, int marginDays, int letterToUsDays) {

    /** Days from {@code today} to the latest day (0 on the day itself, negative once it has passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, date);
    }

    public boolean passed(LocalDate today) {
        return today.isAfter(date);
    }
}
