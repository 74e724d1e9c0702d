package com.renewalpost.labels.deposit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cheque or money order paid in.
 *
 * @param orderNumber the order it came with
 * @param kind        "Cheque" or "Money order", as the slip prints it
 * @param number      the number printed on it
 * @param currency    ISO 4217 code
 */
public record DepositItem(String orderNumber, String kind, String number, BigDecimal amount, String currency) {

    public DepositItem {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code: " + currency);
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A deposited amount is positive: " + amount);
        }
    }
}
