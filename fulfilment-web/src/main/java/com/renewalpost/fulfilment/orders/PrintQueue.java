package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.postage.DeliveryStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The orders waiting to be printed, most urgent first: by the last day each can be posted and
 * still arrive before the customer's plan runs out (plan expiry minus the delivery standard
 * for its destination and service minus a safety margin).
 */
@ApplicationScoped
public class PrintQueue {

    /** One queued order with its deadline. {@code latestPostingDate} is null when the plan expiry is unknown. */
    public record Entry(String number, String customerName, String country, String productSku, String postalService,
                        LocalDate planExpiresOn, int transitDays, LocalDate latestPostingDate, boolean atRisk) {
    }

    @Inject
    Orders orders;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.queue.margin-days", defaultValue = "2")
    int marginDays;

    @Transactional
    public List<Entry> entries() {
        var today = LocalDate.now(clock);
        var standards = deliveryStandards.table();
        return orders.inStatus(OrderStatus.QUEUED).stream()
                .map(o -> entry(o, standards.transitDays(o.address().countryCode(), o.postalService()), today))
                .sorted(Comparator.comparing(Entry::latestPostingDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    Entry entry(Order o, int transitDays, LocalDate today) {
        var latest = o.planExpiresOn().map(expiry -> latestPostingDate(expiry, transitDays, marginDays)).orElse(null);
        return new Entry(o.number().value(), o.customer().nameLatin(), o.address().countryCode(), o.product().sku(),
                o.postalService().name(), o.planExpiresOn().orElse(null), transitDays, latest,
                latest != null && latest.isBefore(today));
    }

    static LocalDate latestPostingDate(LocalDate planExpiry, int transitDays, int marginDays) {
        return planExpiry.minusDays(transitDays).minusDays(marginDays);
    }
}
