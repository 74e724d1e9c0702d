package com.renewalpost.fulfilment.printing;

import java.util.Map;

/**
 * What the print run's page shows of its packing: the mismatches scanned per station. Packing answers it
 * ({@code packing.PackingEvents}); printing only names the question, because packing builds on printing.
 */
public interface PackingMismatches {

    /** Mismatches scanned against the run's letters, per station. */
    Map<String, Long> mismatchesByStation(long printRunId);
}
