package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.shipping.TrackingNumber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One tracking event as a carrier reports it, already normalised.
 *
 * @param eventId     the carrier's id of the event, or null when it has none
 * @param location    where it happened (a sorting centre, a city), or null
 * @param description the carrier's own words, or null
 */
public record CarrierEvent(String eventId, TrackingNumber trackingNumber, TrackingStatus status,
                           OffsetDateTime occurredAt, String location, String description) {

    public CarrierEvent {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        eventId = blankToNull(eventId);
        location = shorten(blankToNull(location), 200);
        description = shorten(blankToNull(description), 500);
    }

    /**
     * What makes two deliveries of this event the same: the carrier's id, or else the tracking
     * number, instant and status (the same scan exported twice has all three alike).
     */
    public String key() {
        if (eventId != null) {
            return "id:" + shorten(eventId, 190);
        }
        return "hash:" + sha256(trackingNumber.value() + "|"
                + occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant() + "|" + status.name());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
