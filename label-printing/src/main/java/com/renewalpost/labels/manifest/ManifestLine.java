package com.renewalpost.labels.manifest;

import com.renewalpost.labels.shipping.S10Number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item handed to the post.
 *
 * @param trackingNumber     S10 number, or null for an untracked letter
 * @param orderNumber        the order the item belongs to
 * @param destinationCountry ISO 3166-1 alpha-2
 * @param service            mail service, e.g. "First-Class Mail International"
 * @param weightGrams        weight of the item as posted
 * @param postage            postage paid, in the manifest's currency
 */
public record ManifestLine(String trackingNumber, String orderNumber, String destinationCountry, String service,
        int weightGrams, BigDecimal postage) {

    public ManifestLine {
        Objects.requireNonNull(postage, "postage");
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("Order number is required on a manifest line");
        }
        if (destinationCountry == null || destinationCountry.isBlank()) {
            throw new IllegalArgumentException("Destination is required on a manifest line");
        }
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("Service is required on a manifest line");
        }
        if (weightGrams < 1) {
            throw new IllegalArgumentException("Weight must be at least 1 g: " + weightGrams);
        }
        if (postage.signum() < 0) {
            throw new IllegalArgumentException("Postage cannot be negative: " + postage);
        }
        trackingNumber = trackingNumber == null || trackingNumber.isBlank() ? null : S10Number.requireValid(trackingNumber);
    }
}
