package com.renewalpost.fulfilment.tracking;

/** How a tracking event came in. */
public enum EventSource {
    /** The carrier's signed webhook. */
    WEBHOOK,
    /** A carrier's tracking export uploaded by staff. */
    CSV,
    /** Entered by support, with who and why. */
    MANUAL
}
