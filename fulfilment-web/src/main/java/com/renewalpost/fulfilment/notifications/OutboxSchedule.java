package com.renewalpost.fulfilment.notifications;

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
 * Runs the outbox worker and the delay check on this instance, at the configured intervals,
 * once the schema is migrated. Every instance runs both: the database, not this schedule,
 * makes sure nothing is queued or sent twice. (A managed executor rather than EJB timers:
 * persistent timers live in Hazelcast on Payara Micro, and the interval comes from configuration.)
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxWorker worker;
    @Inject
    CodeEmailCheck check;
    @Inject
    SmtpMailer mailer;
    @Inject
    EmailIdentity identity;
    @Inject
    @ConfigProperty(name = "fulfilment.email.send-interval-seconds", defaultValue = "10")
    long sendIntervalSeconds;
    @Inject
    @ConfigProperty(name = "fulfilment.email.check-interval-minutes", defaultValue = "15")
    long checkIntervalMinutes;

    private final List<ScheduledFuture<?>> runs = new ArrayList<>();

    @PostConstruct
    void start() {
        if (sendIntervalSeconds < 1 || checkIntervalMinutes < 1) {
            throw new IllegalStateException(
                    "fulfilment.email.send-interval-seconds and check-interval-minutes must be at least 1");
        }
        // read the mail settings now, so that a bad value stops the deployment rather than the first email
        LOG.info(() -> "Customer email via " + mailer.settings() + " from " + identity.from().address()
                + "; outbox every " + sendIntervalSeconds + " s, delay check every " + checkIntervalMinutes + " min");
        // which instance sent and queued how much: a line for every check (rare), for worker rounds that sent
        runs.add(scheduler.scheduleWithFixedDelay(() -> guarded("outbox worker", () -> {
            int attempts = worker.sendDue();
            if (attempts > 0) {
                LOG.info(() -> "Outbox worker: " + attempts + " delivery attempt(s) this round");
            }
        }), sendIntervalSeconds, sendIntervalSeconds, TimeUnit.SECONDS));
        runs.add(scheduler.scheduleWithFixedDelay(() -> guarded("delay check", () -> {
            int queued = check.run();
            LOG.info(() -> "Delay check: " + queued + " code email(s) queued");
        }), checkIntervalMinutes, checkIntervalMinutes, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        runs.forEach(run -> run.cancel(false));
    }

    /** A scheduled task that throws is never run again: log the type (messages may hold customer data) and go on. */
    private static void guarded(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warning(() -> name + " failed this round: " + e.getClass().getName());
        }
    }
}
