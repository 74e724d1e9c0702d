package com.renewalpost.fulfilment.shipping;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one item costs to post, and why: from the tariff (with the rate row it came from) or
 * overridden by a person (with their reason).
 */
public record Postage(String zone, BigDecimal amount, String currency, Long rateId, Source source, String reason) {

    public enum Source { TARIFF, OVERRIDE }

    public Postage {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(source, "source");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Postage cannot be negative");
        }
        if (source == Source.OVERRIDE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("An overridden postage needs its reason");
        }
    }

    public static Postage fromTariff(String zone, BigDecimal amount, String currency, long rateId) {
        return new Postage(zone, amount, currency, rateId, Source.TARIFF, null);
    }
}
