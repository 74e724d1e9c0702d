package com.renewalpost.fulfilment.promise;

import com.renewalpost.fulfilment.orders.Channel;

import java.time.LocalDate;

/**
 * One order's facts the promise is judged on (days in UTC).
 *
 * @param orderedOn         the day the order arrived
 * @param latestDayToOrder  the renewal timetable's latest day to order for its expiry, destination, service, channel
 * @param postingDeadline   the print queue's latest posting day for it
 * @param leftQueueOn       the day it was printed (left the queue); null if not yet
 * @param deliveredOn       the letter's first delivery event; null if none
 * @param letterLost        whether the letter was marked lost
 * @param hasEmailAddress   whether the customer gave an email address
 */
public record OrderFacts(String number, String destination, Channel channel, LocalDate planExpiresOn,
                         LocalDate orderedOn, LocalDate latestDayToOrder, LocalDate postingDeadline,
                         LocalDate leftQueueOn, LocalDate deliveredOn, boolean letterLost, boolean hasEmailAddress,
                         CodeEmail codeEmail) {

    public OrderFacts {
        if (planExpiresOn == null || orderedOn == null || latestDayToOrder == null || postingDeadline == null
                || codeEmail == null) {
            throw new IllegalArgumentException("order " + number + ": expiry, order day, deadlines and email state");
        }
    }
}
