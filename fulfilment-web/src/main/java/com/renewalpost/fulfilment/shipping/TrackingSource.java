package com.renewalpost.fulfilment.shipping;

/** Where a shipment's tracking number came from. */
public enum TrackingSource {
    /** Issued by this system from a configured S10 range and printed on our label. */
    RANGE,
    /** A label the post office supplied, scanned at the packing station. */
    PRE_PRINTED
}
