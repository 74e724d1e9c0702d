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
 * Runs the reminder job on this instance, as the outbox's schedule runs the delay check (a managed executor, not
 * EJB timers, which live in Hazelcast on Payara Micro). Reminders are decided per day, but the job runs every
 * {@code fulfilment.renewal.reminder-check-minutes} (an hour by default): a restart or an outage then costs no
 * day, and running again is harmless (at most one reminder of each kind per line and period). The first round
 * comes one interval after the start.
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    RenewalReminders reminders;
    @Inject
    @ConfigProperty(name = "fulfilment.renewal.reminder-check-minutes", defaultValue = "60")
    long minutes;

    private ScheduledFuture<?> run;

    @PostConstruct
    void start() {
        if (minutes < 1) {
            throw new IllegalStateException("fulfilment.renewal.reminder-check-minutes must be at least 1");
        }
        run = scheduler.scheduleWithFixedDelay(this::guarded, minutes, minutes, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        run.cancel(false);
    }

    /** A scheduled task that throws is never run again: log the type (messages may hold customer data) and go on. */
    private void guarded() {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Renewal reminders failed this round: " + e.getClass().getName());
        }
    }
}
