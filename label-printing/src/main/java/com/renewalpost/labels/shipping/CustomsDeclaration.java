package com.renewalpost.labels.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A CN22 customs declaration for one kind of content (values up to 300 SDR; above that a CN23 is needed,
 * which the caller must check in its own currency).
 *
 * @param description    detailed description of the contents, e.g. "Prepaid phone card (printed letter)"
 * @param netWeightGrams net weight of the contents
 * @param value          declared value in {@code currency}
 * @param currency       ISO 4217 code, e.g. "USD"
 * @param hsCode         6-digit HS tariff number (USPS requires it since 2025-09-01); dots and spaces are dropped
 * @param originCountry  ISO 3166-1 alpha-2 country of origin of the goods
 * @param date           date of the declaration
 * @param signerName     the sender's name standing for the signature (forms are generated electronically)
 */
public record CustomsDeclaration(CustomsCategory category, String description, int quantity, int netWeightGrams,
        BigDecimal value, String currency, String hsCode, String originCountry, LocalDate date, String signerName) {

    /** Longest description printed in full on the label. */
    public static final int MAX_DESCRIPTION_LENGTH = 60;

    public CustomsDeclaration {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        description = required(description, "Description of contents");
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("Customs description has more than " + MAX_DESCRIPTION_LENGTH + " characters: " + description);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("Customs quantity must be at least 1: " + quantity);
        }
        if (netWeightGrams < 1) {
            throw new IllegalArgumentException("Customs net weight must be at least 1 g: " + netWeightGrams);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Customs value cannot be negative: " + value);
        }
        currency = required(currency, "Currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code like USD: " + currency);
        }
        hsCode = required(hsCode, "HS tariff number").replaceAll("[.\\s]", "");
        if (!hsCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("HS tariff number must have 6 digits: " + hsCode);
        }
        originCountry = required(originCountry, "Country of origin").toUpperCase(Locale.ROOT);
        if (!originCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country of origin must be an ISO 3166-1 alpha-2 code: " + originCountry);
        }
        signerName = required(signerName, "Signer's name");
    }

    /** Net weight in kilograms with three decimals, as customs forms show it. */
    public String netWeightKg() {
        return BigDecimal.valueOf(netWeightGrams).movePointLeft(3).setScale(3, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Value with two decimals and the currency, e.g. "25.00 USD". */
    public String valueText() {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
    }

    /** HS code as printed, e.g. "4911.99". */
    public String hsCodeText() {
        return hsCode.substring(0, 4) + "." + hsCode.substring(4);
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required on a CN22");
        }
        return text.strip();
    }
}
