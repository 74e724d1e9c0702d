package com.renewalpost.fulfilment.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The scheduled delay and at-risk check: finds the orders due an automatic code email and queues
 * it, in batches of orders locked in id order, each batch one transaction. Running it twice, or on several
 * instances at once, queues nothing twice: the second finds the email already there.
 */
@ApplicationScoped
public class CodeEmailCheck {

    /** The timeline's actor for emails this check queues. */
    static final String ACTOR = "delay-check";
    /**
     * Orders queued per transaction: fewer commits (each writes the changed pages of every table and index touched),
     * while each batch holds its order locks for well under a second.
     */
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(CodeEmailCheck.class.getName());

    @Inject
    CodeEmailCandidates candidates;
    @Inject
    EmailQueue queue;

    /** Runs the check once; returns how many emails it queued. */
    public int run() {
        var cpu = ManagementFactory.getThreadMXBean();
        long cpuStarted = cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : -1;
        long started = System.nanoTime();
        var found = candidates.find();
        long scanned = System.nanoTime();
        long cpuScanned = cpuStarted < 0 ? -1 : cpu.getCurrentThreadCpuTime();
        int queued = 0;
        // the letters already emailed go through the queue too, which takes them out of the range under their lock
        var due = Stream.concat(found.due().stream(), found.settled().stream()).sorted().toList();
        for (int from = 0; from < due.size(); from += BATCH) {
            var batch = due.subList(from, Math.min(due.size(), from + BATCH));
            try {
                queued += queue.queueIfStillDue(batch, ACTOR);
            } catch (RuntimeException e) {
                // one order of the batch failed (another instance queued it between our look and our insert,
                // and the unique key refused ours): the batch rolled back, so its orders go one by one
                LOG.log(Level.FINE, () -> "A batch of " + batch.size() + " not queued at once: " + e.getClass().getName());
                queued += oneByOne(batch);
            }
        }
        long finished = System.nanoTime();
        long cpuFinished = cpuStarted < 0 ? -1 : cpu.getCurrentThreadCpuTime();
        int emails = queued;
        // One line per run, so that operations see the check alive and how long it takes as orders pile up
        // (counts and times only: no order, customer or code in it).
        LOG.info(() -> "Delay check: looked at " + found.lookedAt() + " order(s), "
                + found.due().size() + " due a code email (scan " + millis(started, scanned) + " ms, "
                + cpuMillis(cpuStarted, cpuScanned) + " CPU), " + emails + " queued; " + millis(started, finished)
                + " ms in all (" + cpuMillis(cpuStarted, cpuFinished) + " CPU in this thread)");
        return queued;
    }

    private int oneByOne(List<Long> orderIds) {
        int queued = 0;
        for (long orderId : orderIds) {
            try {
                if (queue.queueIfStillDue(orderId, ACTOR).isPresent()) {
                    queued++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, () -> "Order id " + orderId + " not queued now: " + e.getClass().getName());
            }
        }
        return queued;
    }

    private static long millis(long from, long to) {
        return TimeUnit.NANOSECONDS.toMillis(to - from);
    }

    /** Time on a CPU, apart from waiting for one: on a busy machine the two differ a lot. */
    private static String cpuMillis(long from, long to) {
        return from < 0 ? "? ms" : millis(from, to) + " ms";
    }
}
