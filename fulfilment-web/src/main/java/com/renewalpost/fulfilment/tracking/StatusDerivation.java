package com.renewalpost.fulfilment.tracking;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment's status from all its events, whatever order they arrived in and however often:
 * the latest event by event time (ties broken by how far along a letter normally is), except
 * that once the letter is delivered or returned, only another such terminal event changes it: a
 * late "in transit" scan does not undo a delivery. A letter reported lost that is scanned again
 * has been found, so LOST is not terminal.
 */
public final class StatusDerivation {

    /** One event as far as the status is concerned. */
    public record Observed(TrackingStatus status, OffsetDateTime at) {
        public Observed {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * @param deliveredAt when the letter was delivered, when that is its status
     */
    public record Derived(TrackingStatus status, OffsetDateTime at, OffsetDateTime deliveredAt) {
    }

    /** The more decisive of two events is the terminal one, else the later, else the one further along. */
    private static final Comparator<Observed> DECISIVENESS = Comparator
            .comparing((Observed o) -> o.status().terminal())
            .thenComparing(o -> o.at().toInstant())
            .thenComparing(Observed::status);

    private StatusDerivation() {
    }

    public static Optional<Derived> derive(Collection<Observed> events) {
        return events.stream().max(DECISIVENESS).map(StatusDerivation::derived);
    }

    /**
     * The status after one more event, from the status before it alone: the same as
     * {@link #derive} over all the events, whatever order they came in and however often (the most
     * decisive event wins, and "most decisive" is a total order).
     *
     * @param current the status before the event; null when the letter had none
     */
    public static Derived next(Derived current, Observed event) {
        if (current == null || DECISIVENESS.compare(event, new Observed(current.status(), current.at())) > 0) {
            return derived(event);
        }
        return current;
    }

    private static Derived derived(Observed e) {
        return new Derived(e.status(), e.at(), e.status() == TrackingStatus.DELIVERED ? e.at() : null);
    }
}
