package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A tracking event dated later than now beyond the carriers' clock slack: a mistyped date or a local time read as
 * UTC. Taken in, it would mark a letter delivered before it is and show the customer a date still to come.
 */
public class EventInTheFuture extends ProblemException {

    private static final long serialVersionUID = 1L;

    EventInTheFuture(OffsetDateTime at, OffsetDateTime now) {
        super(new Problem("/problems/event-in-the-future", "Unprocessable Content", 422, explain(at, now), List.of()));
    }

    static String explain(OffsetDateTime at, OffsetDateTime now) {
        var format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return "The event is dated " + format.format(at.truncatedTo(ChronoUnit.SECONDS)) + ", later than now ("
                + format.format(now.truncatedTo(ChronoUnit.SECONDS)) + "); check the date, and give local times "
                + "with their offset (e.g. 2026-12-03T09:30:00+08:00)";
    }
}
