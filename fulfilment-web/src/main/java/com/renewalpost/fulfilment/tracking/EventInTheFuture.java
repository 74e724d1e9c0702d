package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A tracking event dated later than now beyond the carriers' clock slack: a mistyped date or a local time read as
 * UTC. Taken in, it would mark a letter delivered before it is and show the customer a date still to come.
 */
public class EventInTheFuture extends DomainException {

    private static final long serialVersionUID = 1L;

    EventInTheFuture(OffsetDateTime at, OffsetDateTime now) {
        super(Kind.UNPROCESSABLE, "event-in-the-future", Message.of("tracking.eventInTheFuture", iso(at), iso(now)));
    }

    private static String iso(OffsetDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
