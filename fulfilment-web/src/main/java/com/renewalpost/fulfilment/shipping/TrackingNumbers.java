package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.orders.PostalService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues S10 numbers from the configured ranges and keeps the register of numbers in use, so that
 * no number is held by two items and none is reused within the reuse period (24 months by
 * default; UPU asks for at least 12). Taking a number locks its range's cursor row, so runs on
 * several threads or instances never hand out the same serial.
 */
@ApplicationScoped
@Transactional
public class TrackingNumbers {

    private static final Logger LOG = Logger.getLogger(TrackingNumbers.class.getName());

    /** What is left of one configured range. */
    public record RangeLevel(String range, String serviceIndicator, String country, List<String> services,
                             long size, long remaining, String nextNumber, boolean low) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    S10RangeCursors cursors;
    @Inject
    @ConfigProperty(name = "fulfilment.s10.ranges", defaultValue = " ")
    String rangesConfig;
    @Inject
    @ConfigProperty(name = "fulfilment.s10.low-warning", defaultValue = "1000")
    long lowWarning;
    @Inject
    @ConfigProperty(name = "fulfilment.s10.reuse-after-months", defaultValue = "24")
    int reuseAfterMonths;

    private List<S10Range> ranges;

    @PostConstruct
    void init() {
        ranges = S10Range.parseAll(rangesConfig);
        ranges.forEach(TrackingNumbers::serviceOf);
        if (reuseAfterMonths < 12) {
            throw new IllegalStateException("fulfilment.s10.reuse-after-months must be at least 12 (UPU S10)");
        }
    }

    /** A wrong range in the configuration stops the deployment instead of the first print run. */
    void checkConfiguration(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "S10 ranges: " + (ranges.isEmpty() ? "none (tracked items need pre-printed labels)" : ranges));
    }

    /** Whether the service's numbers come from our ranges; if not, tracked items carry pre-printed labels. */
    public boolean issuesFor(PostalService service) {
        return ranges.stream().anyMatch(r -> r.serves(service));
    }

    /**
     * The next number for an item of the service, registered to the order, in the caller's
     * transaction: if that rolls back, the number is not used up.
     *
     * @throws TrackingNumbersExhausted when every range of the service is used up
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TrackingNumber issue(PostalService service, Order order, OffsetDateTime now) {
        List<S10Range> served = ranges.stream().filter(r -> r.serves(service)).toList();
        List<S10RangeCursor> locked = new ArrayList<>();
        List<RangePosition> positions = new ArrayList<>();
        for (var range : served) {
            var cursor = lockedCursor(range);
            locked.add(cursor);
            positions.add(cursor.position(range));
        }
        var cutoff = now.minusMonths(reuseAfterMonths);
        var taken = RangePosition.take(positions, number -> free(number, cutoff))
                .orElseThrow(() -> new TrackingNumbersExhausted(service));
        locked.get(taken.index()).moveTo(taken.after());
        register(taken.number(), order, TrackingSource.RANGE, now);
        var left = RangePosition.remaining(positions) - 1;
        if (left <= lowWarning) {
            LOG.warning(() -> "S10 numbers for " + service + " running low: " + left + " left in " + served);
        }
        return taken.number();
    }

    /**
     * Registers a number to an order (a pre-printed label, or one just taken from a range).
     *
     * @throws TrackingNumberInUse when the number was issued within the reuse period
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(TrackingNumber number, Order order, TrackingSource source, OffsetDateTime now) {
        var existing = Optional.ofNullable(em.find(IssuedTrackingNumber.class, number.value(),
                LockModeType.PESSIMISTIC_WRITE));
        if (existing.isEmpty()) {
            em.persist(new IssuedTrackingNumber(number, order.id(), source, now));
            return;
        }
        if (!existing.get().issuedAt().isBefore(now.minusMonths(reuseAfterMonths))) {
            throw new TrackingNumberInUse(number, reuseAfterMonths);
        }
        existing.get().reissue(order.id(), source, now);
    }

    /** Every configured range with what is left, in configuration order. */
    @Transactional
    public List<RangeLevel> levels() {
        List<RangeLevel> levels = new ArrayList<>();
        for (var range : ranges) {
            var service = serviceOf(range);
            var position = position(range);
            levels.add(new RangeLevel(range.toString(), range.serviceIndicator(), range.country(),
                    List.of(service.name()), range.size(), position.remaining(),
                    position.remaining() > 0 ? range.numberAt(position.nextSerial()).value() : null,
                    remaining(service) <= lowWarning));
        }
        return levels;
    }

    /** A sentence per service whose numbers are running low (at most fulfilment.s10.low-warning left). */
    @Transactional
    public List<Message> lowWarnings() {
        List<Message> warnings = new ArrayList<>();
        for (var service : PostalService.values()) {
            if (issuesFor(service)) {
                long left = remaining(service);
                if (left <= lowWarning) {
                    warnings.add(Message.of("tracking.lowNumbers", left, service));
                }
            }
        }
        return warnings;
    }

    // Low is judged per service over all its ranges: a fresh range behind a used-up one is not low.
    private long remaining(PostalService service) {
        return RangePosition.remaining(ranges.stream().filter(r -> r.serves(service)).map(this::position).toList());
    }

    private RangePosition position(S10Range range) {
        return cursors.find(range, false).map(c -> c.position(range))
                .orElse(new RangePosition(range, range.firstSerial()));
    }

    private static PostalService serviceOf(S10Range range) {
        return java.util.Arrays.stream(PostalService.values()).filter(range::serves).findFirst().orElseThrow(
                () -> new IllegalStateException("S10 range " + range + " serves none of the postal services "
                        + "(tracked letters take L..., registered letters R...)"));
    }

    public int reuseAfterMonths() {
        return reuseAfterMonths;
    }

    private S10RangeCursor lockedCursor(S10Range range) {
        return cursors.find(range, true).orElseGet(() -> {
            try {
                cursors.create(range);
            } catch (RuntimeException rivalMadeIt) {
                // the unique key refused a second row: the rival's is there now, found below
            }
            return cursors.find(range, true).orElseThrow();
        });
    }

    private boolean free(TrackingNumber number, OffsetDateTime cutoff) {
        var held = em.find(IssuedTrackingNumber.class, number.value());
        return held == null || held.issuedAt().isBefore(cutoff);
    }
}
