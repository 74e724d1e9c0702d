package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginGuardTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneOffset.UTC);

    LoginGuard guard() {
        var guard = new LoginGuard();
        guard.slowDownAfter = 3;
        guard.lockAfter = 10;
        guard.lockMinutes = 15;
        guard.failuresPerAddress = 3;
        return guard;
    }

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWaitThenTheAccountLocks() {
        var guard = guard();
        assertThat(guard.afterFailure(0, NOW)).isEqualTo(new LoginGuard.Failure(1, null, null));
        assertThat(guard.afterFailure(1, NOW).nextLoginAt()).isNull();
        assertThat(guard.afterFailure(2, NOW).nextLoginAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(guard.afterFailure(3, NOW).nextLoginAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(guard.afterFailure(4, NOW).nextLoginAt()).isEqualTo(NOW.plusSeconds(4));
        assertThat(guard.afterFailure(8, NOW).nextLoginAt()).isEqualTo(NOW.plusSeconds(60));
        var locked = guard.afterFailure(9, NOW);
        assertThat(locked.failedLogins()).isEqualTo(10);
        assertThat(locked.lockedUntil()).isEqualTo(NOW.plusMinutes(15));
    }

    @Test
    void anAddressThatFailsTooOftenIsBlockedWhateverTheAccount() {
        var guard = guard();
        for (int i = 0; i < 3; i++) {
            assertThat(guard.addressBlocked("192.0.2.7")).isFalse();
            guard.addressFailed("192.0.2.7");
        }
        assertThat(guard.addressBlocked("192.0.2.7")).isTrue();
        assertThat(guard.addressBlocked("192.0.2.8")).isFalse();
    }
}
