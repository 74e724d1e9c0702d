package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.OrderStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One order that renewed a line (or was meant to: cancelled ones are listed too, and count for nothing). */
public record RenewingOrder(String number, OrderStatus status, String productSku, int planDays,
                            LocalDate planExpiresOn, OffsetDateTime receivedAt) {
}
