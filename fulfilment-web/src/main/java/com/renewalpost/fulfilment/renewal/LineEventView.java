package com.renewalpost.fulfilment.renewal;

import java.time.OffsetDateTime;

/** A line of the line's timeline as support and the API see it ({@code orderNumber} for ORDERED, else null). */
public record LineEventView(OffsetDateTime at, String actor, LineEvent.Kind kind, String reason, String orderNumber) {
}
