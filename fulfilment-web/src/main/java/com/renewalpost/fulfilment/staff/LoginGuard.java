package com.renewalpost.fulfilment.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * Slows down repeated failed logins without ever locking anyone out: a lock would be an
 * attacker's tool (anyone who knows a username could shut its owner out).
 *
 * <p>Three tallies of failures, each slowing down only the attempts it is about. After the
 * first few failures in a row, each further attempt must wait twice as long as the one before
 * (1 s, 2 s, 4 s ... capped); a success or a quiet spell forgets them. An attempt that comes too
 * soon is refused with the time to wait, before the password is looked at.
 * <ul>
 *   <li>per name, failures from addresses the account has never logged in from: an attacker
 *   elsewhere slows down guessing this account, known or made-up names alike (so the answers do
 *   not tell whether an account exists);</li>
 *   <li>per name, failures from the account's own addresses (its owner mistyping): these slow
 *   down only attempts from those addresses, so a stranger's failures never delay the owner;</li>
 *   <li>per address, failures of names that never logged in from it: one address trying many
 *   names is slowed down, but not for accounts that have logged in from that address before
 *   (behind a shared proxy the whole office keeps working).</li>
 * </ul>
 * The tallies live in this instance's memory, each bounded ({@code fulfilment.login.tracked-entries}):
 * when full, forgotten entries go first, then the longest quiet ones. With several instances
 * each keeps its own (a limit per instance is still a limit).
 */
@ApplicationScoped
public class LoginGuard {

    @Inject
    @ConfigProperty(name = "fulfilment.login.slow-down-after", defaultValue = "3")
    int slowDownAfter;
    @Inject
    @ConfigProperty(name = "fulfilment.login.address-slow-down-after", defaultValue = "10")
    int addressSlowDownAfter;
    @Inject
    @ConfigProperty(name = "fulfilment.login.max-delay-seconds", defaultValue = "60")
    int maxDelaySeconds;
    @Inject
    @ConfigProperty(name = "fulfilment.login.forget-after-minutes", defaultValue = "15")
    int forgetAfterMinutes;
    @Inject
    @ConfigProperty(name = "fulfilment.login.tracked-entries", defaultValue = "10000")
    int trackedEntries;
    @Inject
    Clock clock;

    private Tally strangers;
    private Tally owners;
    private Tally addresses;

    @PostConstruct
    void start() {
        if (slowDownAfter < 1 || addressSlowDownAfter < 1 || maxDelaySeconds < 1 || trackedEntries < 1
                || forgetAfterMinutes * 60L <= maxDelaySeconds) {
            throw new IllegalStateException("fulfilment.login.*: slow-down-after, address-slow-down-after, "
                    + "max-delay-seconds and tracked-entries must be at least 1, and forget-after-minutes longer "
                    + "than the longest delay");
        }
        strangers = new Tally(slowDownAfter);
        owners = new Tally(slowDownAfter);
        addresses = new Tally(addressSlowDownAfter);
    }

    /** How long this attempt must wait before its password is checked; zero when it may go ahead. */
    public Duration waitBefore(String username, String address, boolean fromOwnAddress) {
        var now = clock.instant();
        var name = key(username);
        if (fromOwnAddress) {
            return owners.wait(name, now);
        }
        var byName = strangers.wait(name, now);
        var byAddress = addresses.wait(address, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** One more failure of this name from this address (counted from now: hashing takes a while). */
    public void failed(String username, String address, boolean fromOwnAddress) {
        var now = clock.instant();
        if (fromOwnAddress) {
            owners.fail(key(username), now);
        } else {
            // only failures of names that do not know the address: the office mistyping its own
            // passwords must not slow down a colleague's first login from there
            addresses.fail(address, now);
            strangers.fail(key(username), now);
        }
    }

    /** A right password: the failures of its kind are forgotten (a stranger's stay counted against strangers). */
    public void succeeded(String username, boolean fromOwnAddress) {
        (fromOwnAddress ? owners : strangers).forget(key(username));
    }

    /** An admin released the account: every slow-down of the name ends. */
    public void release(String username) {
        owners.forget(key(username));
        strangers.forget(key(username));
    }

    /** The wait after {@code failures} failures in a row: none at first, then 1 s doubling up to the cap. */
    Duration delayAfter(int failures, int freeFailures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        return Duration.ofSeconds(Math.min(1L << doublings, maxDelaySeconds));
    }

    /** Usernames have at most 60 characters: a longer name is cut, so that no key can be huge. */
    private static String key(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
    }

    private static final int MAX_KEY = 100;

    private record Failures(int count, Instant last, Instant notBefore) {
    }

    /** Failures per key, bounded; the most recently failed last, so the head is the quietest. */
    private final class Tally {
        private final int freeFailures;
        private final LinkedHashMap<String, Failures> entries = new LinkedHashMap<>();

        Tally(int freeFailures) {
            this.freeFailures = freeFailures;
        }

        synchronized Duration wait(String key, Instant now) {
            var failures = current(key, now);
            return failures == null || !failures.notBefore().isAfter(now) ? Duration.ZERO
                    : Duration.between(now, failures.notBefore());
        }

        synchronized void fail(String key, Instant now) {
            var before = current(key, now);
            int count = before == null ? 1 : before.count() + 1;
            entries.remove(key);
            if (entries.size() >= trackedEntries) {
                makeRoom(now);
            }
            entries.put(key, new Failures(count, now, now.plus(delayAfter(count, freeFailures))));
        }

        synchronized void forget(String key) {
            entries.remove(key);
        }

        private Failures current(String key, Instant now) {
            var failures = entries.get(key);
            if (failures != null && forgotten(failures, now)) {
                entries.remove(key);
                return null;
            }
            return failures;
        }

        private boolean forgotten(Failures failures, Instant now) {
            return failures.last().plus(Duration.ofMinutes(forgetAfterMinutes)).isBefore(now);
        }

        private void makeRoom(Instant now) {
            entries.values().removeIf(f -> forgotten(f, now));
            Iterator<String> quietest = entries.keySet().iterator();
            while (entries.size() >= trackedEntries && quietest.hasNext()) {
                quietest.next();
                quietest.remove();
            }
        }

        synchronized int size() {
            return entries.size();
        }
    }

    /** How many names and addresses are tracked now (for the tests of the bound). */
    int trackedNow() {
        return strangers.size() + owners.size() + addresses.size();
    }
}
