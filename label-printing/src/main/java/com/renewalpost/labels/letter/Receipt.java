package com.renewalpost.labels.letter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What the letter states as the customer's record of the order: when it was placed and what was paid, and how.
 *
 * @param orderedOn the day the order was placed (UTC)
 * @param amount    the amount paid, in {@code currency}
 * @param currency  ISO 4217 code, e.g. "USD"
 * @param paidBy    how it was paid
 */
public record Receipt(LocalDate orderedOn, BigDecimal amount, String currency, PaidBy paidBy) {

    public Receipt {
        Objects.requireNonNull(orderedOn, "orderedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidBy, "paidBy");
        currency = Currency.getInstance(Objects.requireNonNull(currency, "currency").strip()).getCurrencyCode();
    }

    /** The amount as printed, the same in every language: the currency code and the amount, e.g. "USD 29.00". */
    public String amountText() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return currency + " " + amount.setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
