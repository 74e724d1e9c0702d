package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.ProblemException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What the print-runs page learns about a run made in the background, at each point of its making. */
class PrintRunJobsTest {

    /** A run of {@code orders} orders that stops after each order until the test lets it go on. */
    static final class SteppedRuns extends PrintRuns {
        final int orders;
        final CountDownLatch[] mayPrint;
        final CountDownLatch[] printed;

        SteppedRuns(int orders) {
            this.orders = orders;
            mayPrint = new CountDownLatch[orders];
            printed = new CountDownLatch[orders];
            for (int i = 0; i < orders; i++) {
                mayPrint[i] = new CountDownLatch(1);
                printed[i] = new CountDownLatch(1);
            }
        }

        @Override
        public long create(PrintRunRequest request, String actor, Progress progress) {
            progress.started(42L, orders);
            for (int line = 1; line <= orders; line++) {
                await(mayPrint[line - 1]);
                progress.done(line);
                printed[line - 1].countDown();
            }
            return 42L;
        }
    }

    @Test
    void theJobTellsHowFarTheRunHasComeAndWhichRunItMade() throws Exception {
        var runs = new SteppedRuns(3);
        var jobs = jobs(runs);
        var id = jobs.start(new PrintRunRequest(null, 3, null), "packer");

        runs.mayPrint[0].countDown();
        await(runs.printed[0]);
        var midway = jobs.status(id).orElseThrow();
        assertThat(midway.finished()).isFalse();
        assertThat(midway.runId()).isEqualTo(42L);
        assertThat(midway.orders()).isEqualTo(3);
        assertThat(midway.done()).isEqualTo(1);

        runs.mayPrint[1].countDown();
        runs.mayPrint[2].countDown();
        awaitFinished(jobs, id);
        var done = jobs.status(id).orElseThrow();
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.problem()).isNull();
    }

    @Test
    void aRunRefusedByABusinessRuleReportsTheReasonAsTheApiWould() throws Exception {
        var refusing = new PrintRuns() {
            @Override
            public long create(PrintRunRequest request, String actor, Progress progress) {
                throw DomainException.conflict("nothing-to-print", Message.of("selection.nothing"));
            }
        };
        var jobs = jobs(refusing);
        var id = jobs.start(new PrintRunRequest(null, null, true), "packer");
        awaitFinished(jobs, id);
        var status = jobs.status(id).orElseThrow();
        assertThat(status.runId()).isNull();
        assertThat(status.problem().status()).isEqualTo(409);
        assertThat(status.problem().type()).isEqualTo("/problems/nothing-to-print");
        assertThat(status.problem().detail().toString()).isEqualTo("No order is ready to print");
    }

    @Test
    void aRunThatCannotBeMadeReportsTheReasonAsTheApiWould() throws Exception {
        var refusing = new PrintRuns() {
            @Override
            public long create(PrintRunRequest request, String actor, Progress progress) {
                throw new ProblemException(Response.Status.CONFLICT, "nothing-to-print",
                        Message.of("selection.nothing"));
            }
        };
        var jobs = jobs(refusing);
        var id = jobs.start(new PrintRunRequest(null, null, true), "packer");
        awaitFinished(jobs, id);
        var status = jobs.status(id).orElseThrow();
        assertThat(status.runId()).isNull();
        assertThat(status.problem().detail().toString()).isEqualTo("No order is ready to print");
    }

    @Test
    void anUnknownJobHasNoStatus() {
        assertThat(jobs(new SteppedRuns(0)).status("no such job")).isEmpty();
        assertThat(jobs(new SteppedRuns(0)).status(null)).isEmpty();
    }

    private static PrintRunJobs jobs(PrintRuns runs) {
        var jobs = new PrintRunJobs();
        jobs.runs = runs;
        // the container's executor, as far as a job needs it: run on a thread of its own
        jobs.executor = (ManagedExecutorService) Proxy.newProxyInstance(PrintRunJobsTest.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        new Thread((Runnable) args[0], "print-run-job").start();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return jobs;
    }

    private static void awaitFinished(PrintRunJobs jobs, String id) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!jobs.status(id).orElseThrow().finished()) {
            assertThat(System.nanoTime()).as("the job finishes").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
