package com.renewalpost.fulfilment.staff;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecentPasswordChecksTest {

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

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

    /** Stands for PBKDF2: a stored hash is "hash:" and the password; counts its verifications. */
    static final class CountingHash implements Pbkdf2PasswordHash {
        final List<String> verified = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(new String(password));
            return hashedPassword.equals("hash:" + new String(password));
        }
    }

    private final Hands clock = new Hands();
    private final CountingHash pbkdf2 = new CountingHash();

    private PasswordHashing hashing() {
        var hashing = new PasswordHashing();
        hashing.pbkdf2 = pbkdf2;
        hashing.iterations = PasswordHashing.MIN_ITERATIONS;
        hashing.clock = clock;
        hashing.init();
        return hashing;
    }

    @Test
    void aPasswordThatMatchedIsNotHashedAgainForAWhile() {
        var hashing = hashing();
        assertThat(hashing.matches("right one", "hash:right one")).isTrue();
        assertThat(hashing.matches("right one", "hash:right one")).isTrue();
        clock.now = clock.now.plus(RecentPasswordChecks.LIFETIME).minusSeconds(1);
        assertThat(hashing.matches("right one", "hash:right one")).isTrue();
        assertThat(pbkdf2.verified).hasSize(1);

        clock.now = clock.now.plusSeconds(1);
        assertThat(hashing.matches("right one", "hash:right one")).isTrue();
        assertThat(pbkdf2.verified).as("hashed again once the check is old").hasSize(2);
    }

    @Test
    void aWrongPasswordIsHashedEveryTimeSoThatEveryFailureCosts() {
        var hashing = hashing();
        assertThat(hashing.matches("right one", "hash:right one")).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(hashing.matches("wrong one", "hash:right one")).isFalse();
        }
        assertThat(pbkdf2.verified).containsExactly("right one", "wrong one", "wrong one", "wrong one");
    }

    @Test
    void aNewPasswordOrANewHashOfTheSameOneIsCheckedAfresh() {
        var hashing = hashing();
        assertThat(hashing.matches("old one", "hash:old one")).isTrue();
        assertThat(hashing.matches("old one", "hash:new one")).as("the password was changed").isFalse();
        assertThat(hashing.matches("old one", "rehashed:old one")).as("rehashed: another salt").isFalse();
        assertThat(pbkdf2.verified).hasSize(3);
    }

    @Test
    void theEntryNamesNeitherThePasswordNorTheHashAndIsThisProcessOwn() {
        var one = new RecentPasswordChecks(clock);
        var other = new RecentPasswordChecks(clock);
        one.matched("secret", "hash:secret");
        assertThat(one.matchedLately("secret", "hash:secret")).isTrue();
        assertThat(other.matchedLately("secret", "hash:secret")).isFalse();
        assertThat(one.matchedLately("secre", "thash:secret")).as("a pair split elsewhere").isFalse();
        assertThat(one.matchedLately("secret", "hash:secret2")).isFalse();
    }

    @Test
    void staysBoundedWhenFull() {
        var checks = new RecentPasswordChecks(clock);
        fill(checks);
        clock.now = clock.now.plus(RecentPasswordChecks.LIFETIME);
        checks.matched("after they expired", "hash");
        assertThat(checks.size()).as("the expired went").isEqualTo(1);

        fill(checks);
        checks.matched("one more while none expired", "hash");
        assertThat(checks.size()).isLessThanOrEqualTo(RecentPasswordChecks.MOST);
        assertThat(checks.matchedLately("one more while none expired", "hash")).isTrue();
    }

    private static void fill(RecentPasswordChecks checks) {
        for (int i = 0; checks.size() < RecentPasswordChecks.MOST; i++) {
            checks.matched("password " + i, "hash " + i);
        }
    }
}
