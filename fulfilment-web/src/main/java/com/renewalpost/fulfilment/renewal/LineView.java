package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.PostalService;

import java.time.LocalDate;

/**
 * A line as support and the API see it. {@code nextExpiry} and {@code latestDayToOrder} are null when the customer
 * gave no plan expiry.
 */
public record LineView(String line, Line.Kind kind, String customerName, String customerNameLatin,
                       String customerEmail, String customerLanguage, Channel channel, String destination,
                       PostalService postalService, String latestOrder, LocalDate nextExpiry,
                       LatestDayToOrder latestDayToOrder) {
}
