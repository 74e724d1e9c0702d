package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.TimelineEntry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * The day an order's letter was handed to the post, read from the order's timeline (its
 * transition to {@code POSTED}, which every posted order has). One place, so that it can move to
 * the warehouse's own posting record when that exists.
 */
final class PostingDates {

    private PostingDates() {
    }

    static Optional<LocalDate> postedOn(Order order, ZoneId zone) {
        return order.timeline().stream()
                .filter(t -> t.kind() == TimelineEntry.Kind.TRANSITION && t.toStatus() == OrderStatus.POSTED)
                .map(TimelineEntry::occurredAt)
                .max(Comparator.naturalOrder())
                .map(at -> day(at, zone));
    }

    static LocalDate day(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }
}
