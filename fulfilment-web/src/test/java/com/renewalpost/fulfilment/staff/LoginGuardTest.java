package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginGuardTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();

    LoginGuard guard(int trackedEntries) {
        var guard = new LoginGuard();
        guard.slowDownAfter = 3;
        guard.addressSlowDownAfter = 5;
        guard.maxDelaySeconds = 60;
        guard.forgetAfterMinutes = 15;
        guard.trackedEntries = trackedEntries;
        guard.clock = clock;
        guard.start();
        return guard;
    }

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWaitUpToTheCapAndNothingEverLocks() {
        var guard = guard(100);
        var waits = new java.util.ArrayList<Duration>();
        for (int i = 0; i < 12; i++) {
            var wait = guard.waitBefore("alice", "192.0.2.7", false);
            clock.advance(wait); // a patient attacker: always waits exactly as long as told
            waits.add(wait);
            guard.failed("alice", "192.0.2.7", false);
        }
        assertThat(waits.subList(0, 3)).containsOnly(Duration.ZERO);
        assertThat(waits.subList(3, 9)).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(32));
        assertThat(waits.get(11)).isEqualTo(Duration.ofSeconds(60));
        // after the wait the attempt goes ahead (no lock, however many failures)
        clock.advance(Duration.ofSeconds(60));
        assertThat(guard.waitBefore("alice", "192.0.2.7", false)).isZero();
    }

    @Test
    void failuresFromStrangeAddressesNeverDelayTheOwnerAtTheirOwnAddress() {
        var guard = guard(100);
        for (int i = 0; i < 10; i++) {
            guard.failed("alice", "198.51.100." + i, false);
        }
        assertThat(guard.waitBefore("alice", "198.51.100.99", false)).isPositive();
        assertThat(guard.waitBefore("alice", "10.0.0.5", true)).isZero();
        // the owner mistyping from their own address is slowed down by their own failures only
        for (int i = 0; i < 3; i++) {
            guard.failed("alice", "10.0.0.5", true);
        }
        assertThat(guard.waitBefore("alice", "10.0.0.5", true)).isEqualTo(Duration.ofSeconds(1));
        guard.succeeded("alice", true);
        assertThat(guard.waitBefore("alice", "10.0.0.5", true)).isZero();
        assertThat(guard.waitBefore("alice", "198.51.100.99", false)).as("a stranger's failures stay counted")
                .isPositive();
    }

    @Test
    void anAddressTryingManyNamesIsSlowedButNotForAccountsThatKnowIt() {
        var guard = guard(100);
        for (int i = 0; i < 30; i++) {
            clock.advance(guard.waitBefore("made-up-" + i, "203.0.113.9", false));
            guard.failed("made-up-" + i, "203.0.113.9", false);
        }
        assertThat(guard.waitBefore("never-tried", "203.0.113.9", false)).isPositive();
        assertThat(guard.waitBefore("never-tried", "203.0.113.10", false)).isZero();
        assertThat(guard.waitBefore("bob", "203.0.113.9", true)).as("bob has logged in from there before").isZero();
    }

    @Test
    void knownAndUnknownNamesAreTreatedAlikeAndNamesIgnoreCaseAndSpaces() {
        var guard = guard(100);
        for (int i = 0; i < 3; i++) {
            guard.failed(" Alice ", "192.0.2." + i, false);
            guard.failed("nobody-at-all", "192.0.2." + (10 + i), false);
        }
        assertThat(guard.waitBefore("alice", "192.0.2.50", false))
                .isEqualTo(guard.waitBefore("nobody-at-all", "192.0.2.51", false)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aQuietSpellForgetsTheFailuresAndAnAdminCanReleaseAName() {
        var guard = guard(100);
        for (int i = 0; i < 6; i++) {
            guard.failed("carol", "192.0.2.1", false);
        }
        assertThat(guard.waitBefore("carol", "192.0.2.2", false)).isPositive();
        guard.release("carol");
        assertThat(guard.waitBefore("carol", "192.0.2.2", false)).isZero();
        for (int i = 0; i < 6; i++) {
            guard.failed("carol", "192.0.2.1", false);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(guard.waitBefore("carol", "192.0.2.2", false)).isZero();
        guard.failed("carol", "192.0.2.1", false);
        assertThat(guard.waitBefore("carol", "192.0.2.2", false)).as("counting starts again").isZero();
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfAddressesAndNamesAndTheBusiestStay() {
        var guard = guard(50);
        for (int i = 0; i < 5; i++) {
            guard.failed("victim", "192.0.2.1", false);
        }
        for (int i = 0; i < 10_000; i++) {
            guard.failed("name-" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), false);
            if (i % 20 == 0) {
                guard.failed("victim", "192.0.2.1", false); // the attack on the victim goes on
            }
        }
        assertThat(guard.trackedNow()).isLessThanOrEqualTo(3 * 50);
        assertThat(guard.waitBefore("victim", "192.0.2.3", false)).isPositive();
    }

    @Test
    void retryAfterIsRoundedUpSoThatAClientHonouringItGetsThrough() {
        assertThat(StaffAccounts.secondsRoundedUp(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(StaffAccounts.secondsRoundedUp(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(StaffAccounts.secondsRoundedUp(Duration.ofMillis(1999))).isEqualTo(2);
        assertThat(StaffAccounts.secondsRoundedUp(Duration.ofSeconds(4))).isEqualTo(4);
    }

    @Test
    void badSettingsStopTheStart() {
        var guard = new LoginGuard();
        guard.slowDownAfter = 3;
        guard.addressSlowDownAfter = 5;
        guard.maxDelaySeconds = 3600;
        guard.forgetAfterMinutes = 15;
        guard.trackedEntries = 10;
        org.assertj.core.api.Assertions.assertThatThrownBy(guard::start).isInstanceOf(IllegalStateException.class);
    }
}
