package com.renewalpost.fulfilment.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times on the warehouse pages, in the warehouse's own time zone (the calendar its runs and
 * postings are dated by), not in UTC as they are stored.
 */
@Named
@ApplicationScoped
public class WarehouseTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    WarehouseCalendar calendar;

    public String date(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(calendar.zone()).format(DATE);
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(calendar.zone()).format(DATE_TIME);
    }
}
