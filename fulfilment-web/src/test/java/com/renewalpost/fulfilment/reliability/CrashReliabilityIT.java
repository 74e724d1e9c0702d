package com.renewalpost.fulfilment.reliability;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the server on PostgreSQL in the middle of a print run of 500 items, and
 * again in the middle of sending 500 emails. After each restart: every order accounted for (printed
 * once, in one run, with one code, or still queued), no code given twice, every email sent; an
 * email sent twice only where the crash left its outcome unknown (the server had it, the
 * application had not yet recorded that), carrying the same Message-ID both times.
 */
class CrashReliabilityIT {

    private static final String RUN = "crash";
    private static final int ITEMS = 500;
    /** Print-run lines written when the server is killed. */
    private static final int KILL_PRINTING_AT = 200;
    /** Messages received by the SMTP server when the server is killed. */
    private static final int KILL_SENDING_AT = 200;

    private final Instant began = Instant.now();

    @Test
    void killedDuringAPrintRunAndDuringSendingNothingIsLostOrGivenTwice() throws Exception {
        try (var installation = Installation.onPostgres(RUN, Map.of("FULFILMENT_S10_RANGES", "LA 10000000-10099999 US"))) {
            var server = installation.instance("p");
            server.start().awaitReady(Duration.ofMinutes(4));
            installation.addProduct();
            var first = installation.firstLogins(server);
            installation.importCodes(first.admin(), Installation.SKU, ITEMS);
            // plans expiring in 30 days: no code email at printing; the at-risk check sends them later
            var imported = Api.withKey(server.base(), installation.apiKey(first.admin())).post("api/orders/import",
                    Installation.ordersCsv(RUN, ITEMS, Installation.SKU, i -> i % 2 == 0 ? "TRACKED_LETTER" : "STANDARD_LETTER",
                            installation.today().plusDays(30)), "text/csv");
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(Api.json(imported.body()).getInt("imported")).isEqualTo(ITEMS);
            phase("500 orders and codes in");

            // ---- crash 1: in the middle of a print run of 500 ----
            var run = CompletableFuture.supplyAsync(() -> first.keeper().post("api/print-runs",
                    Json.createObjectBuilder().add("allReady", true).build()));
            while (installation.count("SELECT COUNT(*) FROM print_run_item") < KILL_PRINTING_AT) {
                assertThat(run).as("the run must still be printing when the server is killed").isNotDone();
                PayaraInstance.pause(Duration.ofMillis(20));
            }
            server.kill();
            assertThat(run).failsWithin(Duration.ofSeconds(30));
            phase("killed while printing");
            long printedAtCrash = installation.count("SELECT COUNT(*) FROM print_run_item WHERE outcome = 'PRINTED'");
            // what the crash left: each order entirely printed (line, code, letter's shipment, status) or untouched
            assertThat(printedAtCrash).isBetween((long) KILL_PRINTING_AT, (long) ITEMS - 1);
            assertThat(installation.count("SELECT COUNT(*) FROM activation_code WHERE status = 'ALLOCATED'")).isEqualTo(printedAtCrash);
            assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'PRINTED'")).isEqualTo(printedAtCrash);
            assertThat(installation.count("SELECT COUNT(*) FROM shipment")).isEqualTo(printedAtCrash);
            assertThat(installation.count("SELECT COUNT(*) FROM order_timeline WHERE kind = 'CODE_ALLOCATED'")).isEqualTo(printedAtCrash);
            assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'QUEUED'")).isEqualTo(ITEMS - printedAtCrash);
            assertThat(installation.count("SELECT COUNT(*) FROM print_run WHERE completed_at IS NULL")).isEqualTo(1);

            server.start().awaitReady(Duration.ofMinutes(4));
            phase("restarted");
            var rest = installation.keeper(server).post("api/print-runs", Json.createObjectBuilder().add("allReady", true).build());
            assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
            var second = Api.json(rest.body()).getJsonObject("run");
            assertThat(second.getInt("printed")).isEqualTo(ITEMS - (int) printedAtCrash);
            assertThat(second.getInt("held") + second.getInt("skipped")).isZero();
            phase("the rest printed");

            assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'PRINTED'")).isEqualTo(ITEMS);
            assertThat(installation.count("SELECT COUNT(*) FROM print_run_item WHERE outcome = 'PRINTED'")).isEqualTo(ITEMS);
            var printedTwice = installation.count("SELECT COUNT(*) FROM (SELECT order_id FROM print_run_item "
                    + "GROUP BY order_id HAVING COUNT(*) > 1) twice");
            assertThat(printedTwice).isZero();
            assertThat(installation.count("SELECT COUNT(*) FROM activation_code WHERE status = 'ALLOCATED'")).isEqualTo(ITEMS);
            assertThat(installation.count("SELECT COUNT(DISTINCT order_id) FROM activation_code")).isEqualTo(ITEMS);
            var allocationsRecorded = installation.count("SELECT COUNT(*) FROM order_timeline WHERE kind = 'CODE_ALLOCATED'");
            assertThat(allocationsRecorded).isEqualTo(ITEMS);
            assertThat(installation.count("SELECT COUNT(*) FROM (SELECT tracking_number FROM shipment WHERE tracking_number "
                    + "IS NOT NULL GROUP BY tracking_number HAVING COUNT(*) > 1) twice")).isZero();
            assertThat(installation.count("SELECT COUNT(*) FROM shipment WHERE tracking_number IS NOT NULL")).isEqualTo(ITEMS / 2);

            // ---- crash 2: in the middle of sending 500 emails ----
            // 25 days later every plan expires within the at-risk window: the check queues 500 code emails
            installation.advanceClock(Duration.ofDays(25));
            // the server is killed when the 200th message is stored by the SMTP server and its reply held back
            installation.holdSmtpReplyTo(KILL_SENDING_AT);
            assertThat(installation.awaitReceived(KILL_SENDING_AT, Duration.ofMinutes(3)))
                    .as("the check and the worker send within minutes").isTrue();
            server.kill();
            phase("killed while sending");
            int receivedAtCrash = installation.receivedCount();
            long queuedAtCrash = installation.count("SELECT COUNT(*) FROM email_outbox");
            long sentAtCrash = installation.count("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT'");
            // claimed and not settled: handed to the SMTP server or about to be, the outcome never recorded
            var unknown = new HashSet<>(installation.strings("SELECT message_id FROM email_outbox "
                    + "WHERE status = 'PENDING' AND claim_token IS NOT NULL"));
            assertThat(receivedAtCrash).isLessThan(ITEMS);

            // a claim outlives its worker by its lease (10 minutes): restarted later than that, the server sends them all
            installation.advanceClock(Duration.ofMinutes(11));
            server.start().awaitReady(Duration.ofMinutes(4));
            phase("restarted");
            var deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (installation.count("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT'") < ITEMS
                    && Instant.now().isBefore(deadline)) {
                PayaraInstance.pause(Duration.ofSeconds(1));
            }
            PayaraInstance.pause(Duration.ofSeconds(3)); // more rounds of the worker: a late resend would show
            phase("all sent");

            var byMessageId = installation.receivedByMessageId();
            var duplicated = byMessageId.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            var inOutbox = new HashSet<>(installation.strings("SELECT message_id FROM email_outbox"));
            var lost = new HashSet<>(inOutbox);
            lost.removeAll(byMessageId.keySet());
            var figures = new LinkedHashMap<String, Object>();
            figures.put("instances", 1);
            figures.put("items", ITEMS);
            figures.put("crashes", 2);
            figures.put("printed when killed", printedAtCrash);
            figures.put("printed after restart", ITEMS - printedAtCrash);
            figures.put("orders printed twice", printedTwice);
            figures.put("codes allocated twice", allocationsRecorded - ITEMS);
            figures.put("emails queued when killed", queuedAtCrash);
            figures.put("received when killed", receivedAtCrash);
            figures.put("recorded sent when killed", sentAtCrash);
            figures.put("outcome unknown when killed", unknown.size());
            figures.put("messages received", installation.receivedCount());
            figures.put("duplicates", installation.receivedCount() - byMessageId.size());
            figures.put("losses", lost.size());
            Installation.report("kill -9 during a print run and during sending (PostgreSQL)", figures);

            assertThat(installation.count("SELECT COUNT(*) FROM email_outbox")).isEqualTo(ITEMS);
            assertThat(installation.count("SELECT COUNT(DISTINCT order_id) FROM email_outbox")).isEqualTo(ITEMS);
            assertThat(installation.count("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT'")).isEqualTo(ITEMS);
            assertThat(lost).as("emails never received").isEmpty();
            assertThat(byMessageId.keySet()).isEqualTo(inOutbox);
            assertThat(duplicated).as("sent twice: only emails whose outcome the crash left unknown").isSubsetOf(unknown);
            // the held one was received, its sender killed before it knew: it went again, with its Message-ID
            assertThat(receivedAtCrash - sentAtCrash).isEqualTo(1);
            assertThat(duplicated).hasSize(1);
            assertThat(byMessageId.values()).allSatisfy(times -> assertThat(times).isLessThanOrEqualTo(2));
            assertThat(installation.codesInLogs()).isEmpty();
        }
    }

    private void phase(String what) {
        System.out.printf("crash: %s after %d s%n", what, Duration.between(began, Instant.now()).toSeconds());
    }
}
