package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.operations.OperationsMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;

/** The print-run timer at /metrics: how long runs took, from selecting the orders to the last one printed or held. */
@ApplicationScoped
public class PrintRunTimer {

    /**
     * The timer's unit is the one it records in: Payara 6.2025.10 scales a timer's mean and max to
     * seconds from the unit declared, so a timer declared in seconds showed them in nanoseconds;
     * its quantiles stay in nanoseconds whatever the unit, so they are switched off
     * (microprofile-config.properties) and come from the buckets instead.
     */
    static final Metadata DURATION = Metadata.builder().withName(OperationsMetrics.PRINT_RUN_DURATION)
            .withDescription("How long print runs took, from selecting the orders to the last one printed or held")
            .withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    MetricRegistry registry;

    /** Records one run's duration. */
    public void record(Duration took) {
        timer().update(took);
    }

    /**
     * The timer, made once: Payara's registry is not safe against two threads creating the same
     * timer (a ConcurrentModificationException when the first runs of two instances finished together).
     */
    private synchronized Timer timer() {
        return registry.timer(DURATION);
    }
}
