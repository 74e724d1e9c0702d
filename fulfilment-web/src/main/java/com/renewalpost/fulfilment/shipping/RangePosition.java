package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How far a range has been used: the next serial to hand out ({@code lastSerial + 1} once used
 * up). Taking a number is a pure function of the positions, so allocation and exhaustion are
 * tested without a database.
 */
public record RangePosition(S10Range range, int nextSerial) {

    public RangePosition {
        if (nextSerial < range.firstSerial() || nextSerial > range.lastSerial() + 1) {
            throw new IllegalArgumentException("Next serial " + nextSerial + " is outside " + range);
        }
    }

    public int remaining() {
        return range.lastSerial() - nextSerial + 1;
    }

    /** A number taken from position {@code index} of the list, and where that range stands afterwards. */
    public record Taken(TrackingNumber number, int index, RangePosition after) {
    }

    /**
     * The next free number, trying the ranges in the order given. A number still held (issued
     * within the reuse period) is passed over; the range's position moves past it with the
     * number taken. Empty when every range is used up.
     */
    public static Optional<Taken> take(List<RangePosition> positions, Predicate<TrackingNumber> free) {
        for (int i = 0; i < positions.size(); i++) {
            var position = positions.get(i);
            for (int serial = position.nextSerial(); serial <= position.range().lastSerial(); serial++) {
                var number = position.range().numberAt(serial);
                if (free.test(number)) {
                    return Optional.of(new Taken(number, i, new RangePosition(position.range(), serial + 1)));
                }
            }
        }
        return Optional.empty();
    }

    /** Numbers left across the positions. */
    public static long remaining(List<RangePosition> positions) {
        return positions.stream().mapToLong(RangePosition::remaining).sum();
    }
}
