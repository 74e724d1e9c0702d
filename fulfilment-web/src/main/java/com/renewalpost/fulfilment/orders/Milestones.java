package com.renewalpost.fulfilment.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * When an order first reached each of its statuses (holds left out), oldest first: what the
 * customers' tracking shows of the order, kept on the order's row by {@link Order#transition} so
 * that a lookup reads one column instead of the whole timeline. Written as
 * {@code STATUS@epoch-seconds;...}, the form migration V30 fills in for older orders with SQL
 * ({@code EXTRACT(EPOCH FROM ...)}): at most one entry per status, so the column stays short.
 */
public final class Milestones {

    /** One status and when the order first reached it. */
    public record Milestone(OrderStatus status, OffsetDateTime at) {
    }

    private Milestones() {
    }

    /**
     * The milestones after the order reached {@code status} at {@code at}: unchanged when it had
     * reached it no later (the timeline's first entry of a status is the one told), the entry moved
     * earlier when it had only reached it later (the timeline is read by time).
     */
    static String with(String milestones, OrderStatus status, OffsetDateTime at) {
        if (status == OrderStatus.ON_HOLD) {
            return milestones;
        }
        at = asStored(at);
        List<Milestone> all = new ArrayList<>(decode(milestones));
        for (var m : all) {
            if (m.status() == status) {
                if (!m.at().toInstant().isAfter(at.toInstant())) {
                    return milestones;
                }
                all.remove(m);
                break;
            }
        }
        var added = new Milestone(status, at);
        int i = all.size();
        // after every entry of the same instant or earlier: the timeline breaks ties by when they were written
        while (i > 0 && all.get(i - 1).at().toInstant().isAfter(at.toInstant())) {
            i--;
        }
        all.add(i, added);
        return encode(all);
    }

    static String encode(List<Milestone> milestones) {
        var text = new StringBuilder();
        for (var m : milestones) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(m.status().name()).append('@').append(epochSeconds(m.at()));
        }
        return text.toString();
    }

    /** The milestones written by {@link #encode}, oldest first; empty for null or blank. */
    public static List<Milestone> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Milestone> all = new ArrayList<>();
        for (var entry : text.split(";")) {
            int at = entry.indexOf('@');
            all.add(new Milestone(OrderStatus.valueOf(entry.substring(0, at)), time(entry.substring(at + 1))));
        }
        return all;
    }

    /** A time as seconds since the epoch, with its fraction: what SQL's {@code EXTRACT(EPOCH FROM t)} gives. */
    public static String epochSeconds(OffsetDateTime at) {
        var instant = at.toInstant();
        // to the microsecond, as the database keeps times (rounding as it does)
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * The time as the database keeps it, and so as the timeline and the events read back: in UTC, to
     * the microsecond (rounded; the clock may give nanoseconds). Times compared before and after
     * they were stored must be compared so.
     */
    public static OffsetDateTime asStored(OffsetDateTime at) {
        return time(epochSeconds(at));
    }

    /** The time, in UTC, of seconds since the epoch written by {@link #epochSeconds} or by SQL. */
    public static OffsetDateTime time(String epochSeconds) {
        var seconds = new BigDecimal(epochSeconds.strip());
        var whole = seconds.setScale(0, RoundingMode.FLOOR);
        int nanos = seconds.subtract(whole).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos).atOffset(ZoneOffset.UTC);
    }
}
