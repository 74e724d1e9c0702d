package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The audit trail of logins refused because they came too soon. A flood of them must not flood
 * the audit log (anyone can send thousands a second), so they are tallied per client address and
 * written as one row per address and period ({@code fulfilment.login.refusal-report-seconds}):
 * how many, first and last time, and the names tried with their counts (the first
 * {@value #NAMES_KEPT}; beyond that only how many more). Failed password checks, which the
 * slow-downs keep rare, are still written one by one.
 */
@ApplicationScoped
public class RefusedLogins {

    private static final Logger LOG = Logger.getLogger(RefusedLogins.class.getName());
    static final int NAMES_KEPT = 20;
    /** Tallies kept before all are written at once: bounds memory whatever the number of addresses. */
    static final int ADDRESSES_KEPT = 10_000;
    private static final int NAME_LENGTH_KEPT = 60;

    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.login.refusal-report-seconds", defaultValue = "60")
    long periodSeconds;
    /** How often ended periods are looked for (at most every period): a tally is written this long after at most. */
    @Inject
    @ConfigProperty(name = "fulfilment.login.refusal-check-seconds", defaultValue = "10")
    long checkSeconds;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Tally> byAddress = new HashMap<>();
    private ScheduledFuture<?> reporting;

    /** The refusals of one address in one period. */
    static final class Tally {
        final Instant first;
        Instant last;
        int count;
        int otherNames;
        final Map<String, Integer> names = new LinkedHashMap<>();

        Tally(Instant first) {
            this.first = first;
            this.last = first;
        }

        void add(String name, Instant at) {
            count++;
            last = at;
            if (names.containsKey(name) || names.size() < NAMES_KEPT) {
                names.merge(name, 1, Integer::sum);
            } else {
                otherNames++;
            }
        }

        String subject() {
            return String.join(", ", names.keySet());
        }

        Message detail() {
            return Message.of("audit.refusedLogins", count, first.truncatedTo(ChronoUnit.SECONDS).toString(),
                    last.truncatedTo(ChronoUnit.SECONDS).toString(),
                    names.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")),
                    otherNames > 0 ? Message.of("audit.refusedLogins.others", otherNames) : "");
        }
    }

    void startReporting(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long every = Math.max(1, Math.min(periodSeconds, checkSeconds));
        reporting = scheduler.scheduleWithFixedDelay(this::writeDue, every, every, TimeUnit.SECONDS);
    }

    /** One more refusal of a login as {@code username} from {@code address}. */
    public void refused(String address, String username) {
        var now = clock.instant();
        var name = username == null || username.isBlank() ? "?" : username.strip();
        name = name.length() > NAME_LENGTH_KEPT ? name.substring(0, NAME_LENGTH_KEPT) + "..." : name;
        List<Map.Entry<String, Tally>> full = List.of();
        synchronized (byAddress) {
            byAddress.computeIfAbsent(address, a -> new Tally(now)).add(name, now);
            if (byAddress.size() >= ADDRESSES_KEPT) {
                full = takeAll(t -> true);
            }
        }
        write(full);
    }

    /** Writes the tallies whose period has ended. */
    void writeDue() {
        var now = clock.instant();
        List<Map.Entry<String, Tally>> due;
        synchronized (byAddress) {
            due = takeAll(t -> !t.first.plus(Duration.ofSeconds(periodSeconds)).isAfter(now));
        }
        write(due);
    }

    @PreDestroy
    void writeAll() {
        if (reporting != null) {
            reporting.cancel(false);
        }
        List<Map.Entry<String, Tally>> all;
        synchronized (byAddress) {
            all = takeAll(t -> true);
        }
        write(all);
    }

    private List<Map.Entry<String, Tally>> takeAll(java.util.function.Predicate<Tally> which) {
        var taken = new ArrayList<Map.Entry<String, Tally>>();
        var it = byAddress.entrySet().iterator();
        while (it.hasNext()) {
            var entry = it.next();
            if (which.test(entry.getValue())) {
                taken.add(Map.entry(entry.getKey(), entry.getValue()));
                it.remove();
            }
        }
        return taken;
    }

    private void write(List<Map.Entry<String, Tally>> tallies) {
        for (var entry : tallies) {
            var tally = entry.getValue();
            try {
                audit.recordFrom(entry.getKey(), "anonymous", AuditAction.LOGIN_REFUSED, tally.subject(),
                        tally.detail());
            } catch (RuntimeException e) {
                // the database may be away: say so in the log, with the evidence, rather than lose it silently
                LOG.log(Level.WARNING, "Could not write the audit row of refused logins from " + entry.getKey()
                        + ": " + tally.detail(), e);
            }
        }
    }
}
