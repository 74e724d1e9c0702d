package com.renewalpost.fulfilment.tracking;

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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the reconciliation of waiting events and the learning of delivery standards on this
 * instance. Every instance may run both: the database's locks and conditions keep the work from
 * being done twice (as the outbox's schedule does, with a managed executor rather than timers).
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TrackingSchedule {

    private static final Logger LOG = Logger.getLogger(TrackingSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Reconciliation reconciliation;
    @Inject
    LearnedStandards learned;
    @Inject
    @ConfigProperty(name = "fulfilment.tracking.reconcile-interval-minutes", defaultValue = "10")
    long reconcileMinutes;
    @Inject
    @ConfigProperty(name = "fulfilment.tracking.learn.interval-hours", defaultValue = "24")
    long learnHours;

    private final List<ScheduledFuture<?>> runs = new ArrayList<>();

    @PostConstruct
    void start() {
        if (reconcileMinutes < 1 || learnHours < 1) {
            throw new IllegalStateException(
                    "fulfilment.tracking.reconcile-interval-minutes and learn.interval-hours must be at least 1");
        }
        runs.add(scheduler.scheduleWithFixedDelay(() -> guarded("tracking reconciliation", reconciliation::run),
                reconcileMinutes, reconcileMinutes, TimeUnit.MINUTES));
        runs.add(scheduler.scheduleWithFixedDelay(() -> guarded("delivery-standard learning", learned::learn),
                1, learnHours * 60, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        runs.forEach(run -> run.cancel(false));
    }

    /** A scheduled task that throws is never run again: log the type and go on. */
    private static void guarded(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> name + " failed: " + e.getClass().getName());
        }
    }
}
