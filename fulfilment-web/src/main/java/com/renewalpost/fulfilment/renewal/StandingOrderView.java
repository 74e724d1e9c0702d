package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.PaymentMethod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A line's standing order as support and the API see it. {@code periodsPrepaid} and {@code periodsLeft} are null
 * for one that runs until cancelled (then {@code amount} is what each period is charged; prepaid, the whole amount
 * paid). {@code nextOrderOn} is the day the job orders the next period (the latest day to order for the line's next
 * expiry), null when the line has no known expiry or the standing order has ended.
 */
public record StandingOrderView(long id, StandingOrder.Status status, Integer periodsPrepaid, int periodsOrdered,
                                Integer periodsLeft, PaymentMethod paymentMethod, String paymentReference,
                                BigDecimal amount, String currency, LocalDate skippedExpiry, LocalDate nextExpiry,
                                LocalDate nextOrderOn, String setUpBy, OffsetDateTime setUpAt) {
}
