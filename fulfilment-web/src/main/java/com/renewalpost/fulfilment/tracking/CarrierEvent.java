package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.TrackingNumber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
        // the databases keep microseconds: a repeat must compare equal to what was stored
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        eventId = blankToNull(eventId);
        location = shorten(blankToNull(location), 200);
        description = shorten(blankToNull(description), 500);
    }

    /** Carrier event ids up to this length are kept whole in the key; longer ones as a prefix and their digest. */
    static final int WHOLE_ID = 200;
    /** The readable start of a longer id kept beside its digest. */
    static final int ID_PREFIX = 100;

    /**
     * What makes two deliveries of this event the same: the carrier's id of the event on this
     * letter, or else the tracking number, instant and status (the same scan exported twice has
     * all three alike). An event id is only unique within its tracking number (carriers number
     * the scans of each item), and the S10 number names the post that issued it, so the id key is
     * (carrier, tracking number, event id). Ids are kept whole up to {@link #WHOLE_ID} characters;
     * a longer one as its first {@link #ID_PREFIX} characters and the SHA-256 of the whole id
     * (another prefix, "idh:", so that no whole id can look like a digested one).
     */
    public String key() {
        if (eventId != null) {
            return eventId.length() <= WHOLE_ID ? "id:" + trackingNumber.value() + ":" + eventId
                    : "idh:" + trackingNumber.value() + ":" + eventId.substring(0, ID_PREFIX) + ":" + sha256(eventId);
        }
        return "hash:" + sha256(trackingNumber.value() + "|"
                + occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant() + "|" + status.name());
    }

    /**
     * Whether a stored event with this event's key says the same thing: a repeat. The status and
     * the instant decide what the letter's status becomes; a carrier's wording or place name may
     * differ between its webhook and its export without being another event.
     */
    boolean saysTheSameAs(TrackingStatus storedStatus, OffsetDateTime storedAt) {
        return status == storedStatus && occurredAt.toInstant().equals(storedAt.toInstant());
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
