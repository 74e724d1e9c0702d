package com.renewalpost.labels.manifest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The items handed to the post office on one day.
 *
 * @param postOffice where the mail is handed over, e.g. "Weehawken NJ 07086"
 * @param currency   ISO 4217 code of all postage amounts
 */
public record PostingManifest(LocalDate postingDate, String postOffice, String currency, List<ManifestLine> lines) {

    public PostingManifest {
        Objects.requireNonNull(postingDate, "postingDate");
        lines = List.copyOf(lines);
        if (postOffice == null || postOffice.isBlank()) {
            throw new IllegalArgumentException("Post office is required on a manifest");
        }
        if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code: " + currency);
        }
        currency = currency.strip().toUpperCase();
    }

    public int totalWeightGrams() {
        return lines.stream().mapToInt(ManifestLine::weightGrams).sum();
    }

    public BigDecimal totalPostage() {
        return lines.stream().map(ManifestLine::postage).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
