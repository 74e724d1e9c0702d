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

    private static final Comparator<Observed> BY_TIME_THEN_PROGRESS = Comparator
            .comparing((Observed o) -> o.at().toInstant())
            .thenComparing(Observed::status);

    private StatusDerivation() {
    }

    public static Optional<Derived> derive(Collection<Observed> events) {
        var terminal = events.stream().filter(e -> e.status().terminal()).max(BY_TIME_THEN_PROGRESS);
        var decisive = terminal.or(() -> events.stream().max(BY_TIME_THEN_PROGRESS));
        return decisive.map(e -> new Derived(e.status(), e.at(),
                e.status() == TrackingStatus.DELIVERED ? e.at() : null));
    }
}
