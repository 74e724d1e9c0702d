package com.renewalpost.fulfilment.tracking;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one set of statuses every carrier's events are normalised to, in the order a letter
 * normally goes through them (used to break ties between events of the same instant).
 */
public enum TrackingStatus {
    ACCEPTED, IN_TRANSIT, ARRIVED_IN_DESTINATION, HELD_AT_CUSTOMS, OUT_FOR_DELIVERY, DELIVERY_FAILED, LOST,
    DELIVERED, RETURNED_TO_SENDER;

    /** Words carriers' exports use for the same thing. */
    private static final Map<String, TrackingStatus> SYNONYMS = Map.ofEntries(
            Map.entry("POSTED", ACCEPTED),
            Map.entry("ACCEPTANCE", ACCEPTED),
            Map.entry("TRANSIT", IN_TRANSIT),
            Map.entry("DEPARTED", IN_TRANSIT),
            Map.entry("ARRIVED", ARRIVED_IN_DESTINATION),
            Map.entry("CUSTOMS", HELD_AT_CUSTOMS),
            Map.entry("OUT_FOR_DELIVERY", OUT_FOR_DELIVERY),
            Map.entry("ATTEMPTED", DELIVERY_FAILED),
            Map.entry("NOTICE_LEFT", DELIVERY_FAILED),
            Map.entry("RETURNED", RETURNED_TO_SENDER),
            Map.entry("RETURN_TO_SENDER", RETURNED_TO_SENDER),
            Map.entry("MISSING", LOST));

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** A delivered or returned letter stays so, whatever later scans say. */
    public boolean terminal() {
        return this == DELIVERED || this == RETURNED_TO_SENDER;
    }

    /** The status a carrier's word stands for: our names or a known synonym, any case, spaces or dashes. */
    public static Optional<TrackingStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var key = SEPARATORS.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        for (var status : values()) {
            if (status.name().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.ofNullable(SYNONYMS.get(key));
    }
}
