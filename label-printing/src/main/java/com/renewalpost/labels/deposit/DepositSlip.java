package com.renewalpost.labels.deposit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A day's cheques and money orders for the bank, by currency (a bank takes one slip per currency
 * account; the totals say what each one comes to).
 *
 * @param accountHolder the payee the cheques are made out to
 */
public record DepositSlip(LocalDate date, String accountHolder, List<DepositItem> items) {

    /** What the items of one currency come to. */
    public record Total(String currency, int count, BigDecimal amount) {
    }

    public DepositSlip {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(accountHolder, "accountHolder");
        items = List.copyOf(items);
    }

    /** The totals by currency, in the order of the currency codes. */
    public List<Total> totals() {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (DepositItem item : items) {
            amounts.merge(item.currency(), item.amount(), BigDecimal::add);
            counts.merge(item.currency(), 1, Integer::sum);
        }
        return Collections.unmodifiableList(amounts.entrySet().stream()
                .map(e -> new Total(e.getKey(), counts.get(e.getKey()), e.getValue())).toList());
    }
}
