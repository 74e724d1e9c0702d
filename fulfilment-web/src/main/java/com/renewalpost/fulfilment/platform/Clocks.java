package com.renewalpost.fulfilment.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The application's clock: UTC, injectable so that tests can move time instead of waiting. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, by that clock, as the application stores times: in UTC (whatever zone a test's clock has). */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
