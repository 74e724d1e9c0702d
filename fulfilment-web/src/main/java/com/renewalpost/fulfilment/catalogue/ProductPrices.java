package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules for a product's prices by currency as an admin sends them: ISO 4217 codes of real
 * currencies, positive amounts with no more decimals than the currency has minor units (JPY none,
 * EUR two, KWD three), at most {@value #MAX_CURRENCIES} currencies. The product's own currency may
 * be sent only with its own price (so that what GET gives can be PUT back); it changes with the product.
 */
public final class ProductPrices {

    public static final int MAX_CURRENCIES = 30;
    /** The columns are NUMERIC(12,2): ten digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 10;

    private ProductPrices() {
    }

    /** The problems of {@code prices} for a product priced in {@code own}; empty when they can be kept. */
    public static List<DomainException.FieldError> problems(Map<String, BigDecimal> prices, Money own) {
        List<DomainException.FieldError> problems = new ArrayList<>();
        if (prices == null) {
            problems.add(new DomainException.FieldError("prices", Message.of("price.send")));
            return problems;
        }
        if (prices.size() > MAX_CURRENCIES) {
            problems.add(new DomainException.FieldError("prices", Message.of("price.tooMany", MAX_CURRENCIES)));
            return problems;
        }
        prices.forEach((code, amount) -> {
            var field = String.valueOf(code);
            var currency = currency(code);
            if (currency.isEmpty()) {
                problems.add(new DomainException.FieldError(field, Message.of("price.currency", field)));
                return;
            }
            amountProblem(amount, currency.get()).ifPresent(p -> problems.add(new DomainException.FieldError(field, p)));
            if (currency.get().getCurrencyCode().equals(own.currency()) && amount != null
                    && amount.compareTo(own.amount()) != 0) {
                problems.add(new DomainException.FieldError(field, Message.of("price.own", own.toString())));
            }
        });
        return problems;
    }

    /** The prices as kept: upper-case codes, the product's own currency left out (it is the product's price). */
    public static Map<String, BigDecimal> canonical(Map<String, BigDecimal> prices, Money own) {
        var kept = new TreeMap<String, BigDecimal>();
        prices.forEach((code, amount) -> {
            var currency = currency(code).orElseThrow().getCurrencyCode();
            if (!currency.equals(own.currency())) {
                kept.put(currency, amount);
            }
        });
        return kept;
    }

    /**
     * Prices as an admin types them on the products page: "EUR 23.50, JPY 3900" (commas, semicolons or
     * line breaks between them); blank is none. A part that is not a code and an amount is refused,
     * named as the field {@code otherPrices}.
     */
    public static Map<String, BigDecimal> parse(String typed) {
        var prices = new java.util.LinkedHashMap<String, BigDecimal>();
        if (typed == null || typed.isBlank()) {
            return prices;
        }
        var parts = typed.strip().split("\\s*[,;\\n]\\s*");
        if (parts.length > MAX_CURRENCIES) {
            throw DomainException.invalid("invalid-prices", Message.of("price.tooMany", MAX_CURRENCIES)).withErrors(
                    Message.of("price.invalid"), List.of(new DomainException.FieldError("otherPrices",
                            Message.of("price.tooMany", MAX_CURRENCIES))));
        }
        for (var part : parts) {
            var words = part.strip().split("\\s+");
            BigDecimal amount = null;
            if (words.length == 2) {
                try {
                    amount = new BigDecimal(words[1]);
                } catch (NumberFormatException e) {
                    amount = null;
                }
            }
            if (amount == null || prices.putIfAbsent(words[0].toUpperCase(Locale.ROOT), amount) != null) {
                throw DomainException.invalid("invalid-prices", Message.of("price.typed", part)).withErrors(
                        Message.of("price.invalid"), List.of(new DomainException.FieldError("otherPrices",
                                Message.of("price.typed", part))));
            }
        }
        return prices;
    }

    /** The prices other than the product's own, as the products page shows them: "EUR 23.50, JPY 3900". */
    public static String typed(Map<String, BigDecimal> prices, String ownCurrency) {
        return prices.entrySet().stream().filter(e -> !e.getKey().equals(ownCurrency))
                .map(e -> e.getKey() + " " + e.getValue().toPlainString())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A currency of ISO 4217 that has money in it (not XAU, XXX...: no minor units defined). */
    static Optional<Currency> currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            var currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why the amount is no price in this currency, if it is not one. */
    public static Optional<Message> amountProblem(BigDecimal amount, Currency currency) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of(Message.of("price.positive"));
        }
        var minorUnits = Math.min(currency.getDefaultFractionDigits(), 2); // the columns keep two decimals
        var plain = amount.stripTrailingZeros();
        if (Math.max(plain.scale(), 0) > minorUnits) {
            return Optional.of(Message.of("price.minorUnits", currency.getCurrencyCode(), minorUnits));
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of(Message.of("price.tooLarge"));
        }
        return Optional.empty();
    }
}
