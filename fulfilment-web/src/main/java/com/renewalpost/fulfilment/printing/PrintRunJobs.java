package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Print runs made in the background for the staff pages: a run of hundreds of letters takes a
 * while, and the page shows how far it has come instead of waiting on one long request. The run
 * itself is {@link PrintRunMaking#create}, exactly as the REST API makes it; a job only reports on it.
 * Jobs live in this instance's memory (the page that started one polls the same instance) and
 * are forgotten an hour after they finish.
 */
@ApplicationScoped
public class PrintRunJobs {

    private static final Logger LOG = Logger.getLogger(PrintRunJobs.class.getName());
    static final Duration KEPT_AFTER_FINISHING = Duration.ofHours(1);

    /**
     * Where a job is. {@code runId} is null until the run is open; {@code problem} is set when the
     * run could not be made (nothing to print, a bad selection).
     */
    public record Status(String id, int orders, int done, Long runId, boolean finished, ProblemDetail problem) {
    }

    @Resource
    ManagedExecutorService executor;
    @Inject
    PrintRunMaking runs;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** Starts making the run; returns the job's id, to ask for its {@link #status}. */
    public String start(PrintRunRequest request, String actor) {
        forgetOld();
        var job = new Job(UUID.randomUUID().toString());
        jobs.put(job.id, job);
        executor.execute(() -> job.run(runs, request, actor));
        return job.id;
    }

    public Optional<Status> status(String jobId) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).map(Job::status);
    }

    private void forgetOld() {
        var limit = Instant.now().minus(KEPT_AFTER_FINISHING);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
    }

    private static final class Job implements PrintRunMaking.Progress {
        final String id;
        volatile int orders;
        volatile int done;
        volatile Long runId;
        volatile ProblemDetail problem;
        volatile Instant finishedAt;

        Job(String id) {
            this.id = id;
        }

        void run(PrintRunMaking runs, PrintRunRequest request, String actor) {
            try {
                runId = runs.create(request, actor, this);
            } catch (DomainException refused) {
                problem = ProblemDetail.of(refused);
            } catch (RuntimeException failed) {
                // messages may hold customer data: the type only
                LOG.severe(() -> "Print run job " + id + " failed: " + failed.getClass().getName());
                problem = ProblemDetail.of(500, "internal-error",
                        Message.of("print.stopped"));
            } finally {
                finishedAt = Instant.now();
            }
        }

        @Override
        public void started(long runId, int orders) {
            this.orders = orders;
            this.runId = runId;
        }

        @Override
        public void done(int line) {
            this.done = line;
        }

        Status status() {
            return new Status(id, orders, done, runId, finishedAt != null, problem);
        }
    }
}
