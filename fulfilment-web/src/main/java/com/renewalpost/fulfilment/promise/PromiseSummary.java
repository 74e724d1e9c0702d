package com.renewalpost.fulfilment.promise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The promise over many orders, as the dashboard shows it: lapses by cause and how many days before the expiry
 * customers held their code. Pending orders are counted apart, in neither figure; a code never held counts in the
 * lowest margin bucket.
 */
public final class PromiseSummary {

    /** Margin buckets in days before the expiry: below 0 (a lapse), 0–2, 3–6, 7–13, 14 and more. */
    public enum Bucket {
        LAPSED(Integer.MIN_VALUE), DAYS_0_2(0), DAYS_3_6(3), DAYS_7_13(7), DAYS_14_PLUS(14);

        private final int from;

        Bucket(int from) {
            this.from = from;
        }

        static Bucket of(Integer marginDays) {
            if (marginDays == null) {
                return LAPSED;
            }
            var found = LAPSED;
            for (Bucket b : values()) {
                if (marginDays >= b.from) {
                    found = b;
                }
            }
            return found;
        }
    }

    public record Count<T>(T key, long orders) {
    }

    private final Map<LapseCause, Long> lapses = new EnumMap<>(LapseCause.class);
    private final Map<Bucket, Long> margins = new EnumMap<>(Bucket.class);
    private long judged;
    private long pending;

    public PromiseSummary() {
        for (LapseCause c : LapseCause.values()) {
            lapses.put(c, 0L);
        }
        for (Bucket b : Bucket.values()) {
            margins.put(b, 0L);
        }
    }

    public void add(PromiseOutcome outcome) {
        if (outcome.pending()) {
            pending++;
            return;
        }
        judged++;
        outcome.lapseCause().ifPresent(c -> lapses.merge(c, 1L, Long::sum));
        margins.merge(outcome.lapsed() ? Bucket.LAPSED : Bucket.of(outcome.marginDays()), 1L, Long::sum);
    }

    /** Every cause, in {@link LapseCause}'s order, with its count (0 included). */
    public List<Count<LapseCause>> lapsesByCause() {
        List<Count<LapseCause>> all = new ArrayList<>();
        lapses.forEach((c, n) -> all.add(new Count<>(c, n)));
        return Collections.unmodifiableList(all);
    }

    /** Every bucket, lowest first, with its count. */
    public List<Count<Bucket>> marginDistribution() {
        List<Count<Bucket>> all = new ArrayList<>();
        margins.forEach((b, n) -> all.add(new Count<>(b, n)));
        return Collections.unmodifiableList(all);
    }

    public long lapsed() {
        return lapses.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Orders whose outcome is known. */
    public long judged() { return judged; }

    /** Orders whose outcome is not known yet. */
    public long pending() { return pending; }
}
