package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Moment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times on the staff pages, in one time zone for all staff: the warehouse's own (the calendar its
 * runs and postings are dated by), not UTC as they are stored. To the minute, or to the second
 * where the order of close events matters (timeline, email attempts); pages name the zone.
 */
@Named
@ApplicationScoped
public class WarehouseTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    WarehouseCalendar calendar;

    /** Server messages that name a time (a retry, a tracking event) word it in the same zone. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        Moment.useZone(calendar.zone());
    }

    public String date(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(calendar.zone()).format(DATE);
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(calendar.zone()).format(DATE_TIME);
    }

    public String seconds(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(calendar.zone()).format(SECONDS);
    }

    /** The zone's name as pages show it beside their times, e.g. Europe/London. */
    public String getZone() {
        return calendar.zone().getId();
    }
}
