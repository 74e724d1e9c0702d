package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefusedLoginsTest {

    record Row(String address, String subject, String detail) {
    }

    final LoginGuardTest.HandClock clock = new LoginGuardTest.HandClock();
    final List<Row> rows = new ArrayList<>();

    RefusedLogins refusals() {
        var refusals = new RefusedLogins();
        refusals.clock = clock;
        refusals.periodSeconds = 60;
        refusals.audit = new AuditLog() {
            @Override
            public void recordFrom(String clientAddress, String actor, AuditAction action, String subject,
                                   Message detail) {
                assertThat(action).isEqualTo(AuditAction.LOGIN_REFUSED);
                rows.add(new Row(clientAddress, subject, detail.toString()));
            }
        };
        return refusals;
    }

    @Test
    void aFloodFromOneAddressIsOneRowPerPeriodWithItsCountTimesAndNames() {
        var refusals = refusals();
        for (int i = 0; i < 510; i++) {
            refusals.refused("192.0.2.7", i % 2 == 0 ? "alice" : "bob");
            clock.advance(Duration.ofMillis(100));
        }
        refusals.refused("192.0.2.8", null);
        refusals.writeDue();
        assertThat(rows).as("the period of the first refusal has not ended").isEmpty();

        clock.advance(Duration.ofSeconds(10));
        refusals.writeDue();
        assertThat(rows).as("only the flood's period has ended").hasSize(1);
        clock.advance(Duration.ofSeconds(60));
        refusals.writeDue();
        assertThat(rows).hasSize(2);
        var flood = rows.get(0);
        assertThat(flood.address()).isEqualTo("192.0.2.7");
        assertThat(flood.subject()).isEqualTo("alice, bob");
        assertThat(flood.detail()).startsWith("510 login attempt(s) refused as too soon, from 2026-11-27T10:00:00Z to "
                + "2026-11-27T10:00:50Z").contains("alice x255", "bob x255");
        assertThat(rows).anySatisfy(r -> assertThat(r.detail()).startsWith("1 login").contains("? x1"));

        refusals.writeDue();
        assertThat(rows).as("written once").hasSize(2);
    }

    @Test
    void theNamesKeptAreBoundedAndLongNamesCut() {
        var refusals = refusals();
        for (int i = 0; i < 100; i++) {
            refusals.refused("192.0.2.9", "name-" + i + "x".repeat(500));
        }
        refusals.writeAll();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).detail()).contains("and 80 attempt(s) with other names").hasSizeLessThan(2000);
    }

    @Test
    void manyAddressesAreWrittenAtOnceRatherThanKeptWithoutBound() {
        var refusals = refusals();
        for (int i = 0; i < RefusedLogins.ADDRESSES_KEPT; i++) {
            refusals.refused("10.0." + (i >> 8) + "." + (i & 255), "x");
        }
        assertThat(rows).hasSize(RefusedLogins.ADDRESSES_KEPT);
    }
}
