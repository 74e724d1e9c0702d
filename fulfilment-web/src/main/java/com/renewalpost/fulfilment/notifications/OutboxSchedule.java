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
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Runs the outbox worker and the delay check on this instance, at the configured intervals,
 * once the schema is migrated. Every instance runs both: the database, not this schedule,
 * makes sure nothing is queued or sent twice. (A managed executor rather than EJB timers:
 * persistent timers live in Hazelcast on Payara Micro, and the interval comes from configuration.)
 * The intervals are read from the configuration every second, so that a changed setting applies
 * from the next round on without a restart; a job runs when its interval has passed since its
 * last round ended.
 */
@Startup
@Singleton
@DependsOn("FulfilmentDatabase")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSchedule {

    private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());
    static final String SEND_INTERVAL = "fulfilment.email.send-interval-seconds";
    static final String CHECK_INTERVAL = "fulfilment.email.check-interval-minutes";
    /** How often each job asks whether its interval has passed. */
    private static final long HEARTBEAT_SECONDS = 1;

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
    Config config;

    private final List<ScheduledFuture<?>> runs = new ArrayList<>();

    @PostConstruct
    void start() {
        var sending = interval(SEND_INTERVAL, 10, ChronoUnit.SECONDS);
        var checking = interval(CHECK_INTERVAL, 15, ChronoUnit.MINUTES);
        if (sending.current() < 1 || checking.current() < 1) {
            throw new IllegalStateException(SEND_INTERVAL + " and " + CHECK_INTERVAL + " must be at least 1");
        }
        // read the mail settings now, so that a bad value stops the deployment rather than the first email
        LOG.info(() -> "Customer email via " + mailer.settings() + " from " + identity.from().address()
                + "; outbox every " + sending.current() + " s, delay check every " + checking.current() + " min");
        // which instance sent and queued how much: a line for every check (rare), for worker rounds that sent
        runs.add(every(sending, "outbox worker", () -> {
            int attempts = worker.sendDue();
            if (attempts > 0) {
                LOG.info(() -> "Outbox worker: " + attempts + " delivery attempt(s) this round");
            }
        }));
        runs.add(every(checking, "delay check", () -> {
            int queued = check.run();
            LOG.info(() -> "Delay check: " + queued + " code email(s) queued");
        }));
    }

    @PreDestroy
    void stop() {
        runs.forEach(run -> run.cancel(false));
    }

    /** The job, run whenever its interval has passed since its last round ended. */
    private ScheduledFuture<?> every(Interval interval, String name, Runnable job) {
        return scheduler.scheduleWithFixedDelay(() -> guarded(name, () -> {
            if (interval.due()) {
                try {
                    job.run();
                } finally {
                    interval.ran();
                }
            }
        }), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** The interval the configuration gives now: the setting, or {@code fallback} without one. */
    private Interval interval(String key, long fallback, ChronoUnit unit) {
        return new Interval(key, unit, () -> config.getOptionalValue(key, Long.class).orElse(fallback), System::nanoTime);
    }

    /**
     * A job's interval as the configuration says when asked, counted from the end of the job's last
     * round; a value below 1, or not a number, keeps the last good one (said once in the log).
     */
    static final class Interval {
        private final String key;
        private final ChronoUnit unit;
        private final LongSupplier setting;
        private final LongSupplier nanoTime;
        private long good;
        private long lastRead;
        private long lastEnded;

        Interval(String key, ChronoUnit unit, LongSupplier setting, LongSupplier nanoTime) {
            this.key = key;
            this.unit = unit;
            this.setting = setting;
            this.nanoTime = nanoTime;
            this.good = setting.getAsLong();
            this.lastRead = good;
            this.lastEnded = nanoTime.getAsLong();
        }

        /** The interval in force, in its unit. */
        long current() {
            return good;
        }

        /** Whether the interval has passed since the last round ended (or since the start). */
        boolean due() {
            long now;
            try {
                now = setting.getAsLong();
            } catch (IllegalArgumentException notANumber) {
                now = 0;
            }
            if (now != lastRead) {
                lastRead = now;
                if (now >= 1) {
                    good = now;
                } else {
                    long kept = good;
                    LOG.warning(() -> key + " must be at least 1; the interval stays " + kept);
                }
            }
            return nanoTime.getAsLong() - lastEnded >= Duration.of(good, unit).toNanos();
        }

        /** A round has just ended. */
        void ran() {
            lastEnded = nanoTime.getAsLong();
        }
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
