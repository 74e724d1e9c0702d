package com.renewalpost.fulfilment.renewal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the standing orders' job on this instance once the schema is migrated, as the outbox schedule runs the delay
 * check (a managed executor, every instance: the database, not this schedule, keeps each period to one order). The
 * job decides by the date, so it runs every so many minutes (an hour by default) rather than once a day:
 * a restart or a failed round costs an hour, not a day of the customer's margin.
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StandingOrderSchedule {

    static final String INTERVAL = "fulfilment.renewal.standing-order-interval-minutes";
    private static final Logger LOG = Logger.getLogger(StandingOrderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    StandingOrderRun job;
    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "60")
    long intervalMinutes;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void start() {
        if (intervalMinutes < 1) {
            throw new IllegalStateException(INTERVAL + " must be at least 1");
        }
        runs = scheduler.scheduleWithFixedDelay(StandingOrderSchedule.this::guarded, 1, intervalMinutes * 60,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    /** A scheduled task that throws is never run again: log the type and go on. */
    private void guarded() {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Standing orders failed this round: " + e.getClass().getName());
        }
    }
}
