package com.renewalpost.fulfilment.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A point in time inside a server message (a retry, a tracking event): shown to the minute in the
 * staff's one time zone, the warehouse's, with the zone named, e.g. "2026-12-03 14:05 (Europe/London)";
 * never as the stored UTC instant with its nanoseconds.
 * <p>
 * The zone is set once at start from the warehouse's configuration ({@link #useZone}): messages are
 * worded deep inside {@link Text#in}, where no bean is at hand.
 */
public record Moment(Instant at) implements Text {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static volatile ZoneId zone = ZoneOffset.UTC;

    public Moment {
        Objects.requireNonNull(at, "at");
    }

    /** The staff's time zone from now on (the warehouse's, {@code fulfilment.warehouse.time-zone}). */
    public static void useZone(ZoneId staffZone) {
        zone = Objects.requireNonNull(staffZone, "staffZone");
    }

    /** The staff's time zone. */
    public static ZoneId zone() {
        return zone;
    }

    @Override
    public String in(Locale locale) {
        return in(zone);
    }

    /** To the minute in that zone, the zone named after it. */
    public String in(ZoneId where) {
        return MINUTES.format(at.atZone(where)) + " (" + where.getId() + ")";
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
