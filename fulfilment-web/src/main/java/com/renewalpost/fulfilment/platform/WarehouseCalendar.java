package com.renewalpost.fulfilment.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The warehouse's calendar: run dates, posting dates and "today" for tariffs follow the day where
 * the mail is handed over, not UTC (an evening dispatch in New York is still that day's post).
 */
@ApplicationScoped
public class WarehouseCalendar {

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.warehouse.time-zone", defaultValue = "UTC")
    String timeZone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
