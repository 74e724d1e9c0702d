package com.renewalpost.fulfilment.reliability;

import com.renewalpost.fulfilment.tracking.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, sharing nothing else (no
 * cluster: each has its own HTTP and Hazelcast port on loopback): print runs made on both at once
 * over one code stock, tracking events for the same letters delivered to both at once, and the
 * delay check and the outbox worker running on both. The database alone must make sure that no
 * code goes to two orders, no order is printed twice, no event is applied twice and no email is
 * sent twice. The tests build on each other (orders printed, then posted, then late).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesReliabilityIT {

    private static final String RUN = "two";
    private static final int ORDERS = 240;
    private static final int CODES = 200;
    /** Print runs started at the same moment on each instance. */
    private static final int RUNS_PER_INSTANCE = 2;
    private static final int POSTED = 40;
    private static final int DELIVERED = 10;
    private static final Pattern QUEUED = Pattern.compile("Delay check: (\\d+) code email\\(s\\) queued");
    private static final Pattern CHECKS = Pattern.compile("Delay check: \\d+ code email");
    private static final Pattern ATTEMPTS = Pattern.compile("Outbox worker: (\\d+) delivery attempt\\(s\\)");

    private Installation installation;
    private PayaraInstance a;
    private PayaraInstance b;
    private final Map<PayaraInstance, Api> keepers = new LinkedHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Instant began = Instant.now();
    private LocalDate planExpiry;
    /** The web shop's API key. */
    private String key;

    @BeforeAll
    void twoInstancesOnAnEmptyDatabase() {
        installation = Installation.onPostgres(RUN, Map.of("FULFILMENT_S10_RANGES", "LA 10000000-10099999 US"));
        a = installation.instance("a");
        b = installation.instance("b");
        // both start on the empty database at the same moment: migrations and the first admin are made once
        Installation.startTogether(a, b);
        phase("two instances ready");
        installation.addProduct();
        var first = installation.firstLogins(a);
        installation.importCodes(first.admin(), Installation.SKU, CODES);
        key = installation.apiKey(first.admin());
        keepers.put(a, first.keeper());
        keepers.put(b, installation.keeper(b));
        planExpiry = installation.today().plusDays(40);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
        if (installation != null) {
            installation.close();
        }
    }

    @Test
    @Order(1)
    void printRunsOnBothInstancesAtOnceGiveEachCodeToOneOrderAndPrintEachOrderOnce() throws Exception {
        // orders arrive through both instances, from four web-shop connections at once
        var shops = List.of(Api.withKey(a.base(), key), Api.withKey(b.base(), key));
        List<Callable<Integer>> intake = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            intake.add(() -> {
                int created = 0;
                for (int i = thread; i < ORDERS; i += 4) {
                    var response = shops.get(thread % 2).post("api/orders", Installation.order(RUN, i, Installation.SKU,
                            i % 2 == 0 ? "TRACKED_LETTER" : "STANDARD_LETTER", planExpiry));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    created++;
                }
                return created;
            });
        }
        assertThat(all(intake).stream().mapToInt(Integer::intValue).sum()).isEqualTo(ORDERS);
        phase("orders taken in");

        // "print everything that is ready", twice on each instance at the same moment
        var start = new CountDownLatch(1);
        List<Callable<JsonObject>> runs = new ArrayList<>();
        for (var keeper : keepers.values()) {
            for (int r = 0; r < RUNS_PER_INSTANCE; r++) {
                runs.add(() -> {
                    start.await();
                    var response = keeper.post("api/print-runs", Json.createObjectBuilder().add("allReady", true).build());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    return Api.json(response.body()).getJsonObject("run");
                });
            }
        }
        List<Future<JsonObject>> started = runs.stream().map(pool::submit).toList();
        start.countDown();
        List<String> perRun = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
            var run = started.get(i).get();
            perRun.add((i < RUNS_PER_INSTANCE ? "a" : "b") + ":" + run.getInt("printed") + "/" + run.getInt("held")
                    + "/" + run.getInt("skipped"));
        }
        phase("print runs done");

        var printedLines = installation.count("SELECT COUNT(*) FROM print_run_item WHERE outcome = 'PRINTED'");
        var heldLines = installation.count("SELECT COUNT(*) FROM print_run_item WHERE outcome = 'HELD'");
        var ordersPrintedTwice = installation.count("SELECT COUNT(*) FROM (SELECT order_id FROM print_run_item "
                + "WHERE outcome IN ('PRINTED', 'HELD') GROUP BY order_id HAVING COUNT(*) > 1) twice");
        var codesAllocated = installation.count("SELECT COUNT(*) FROM activation_code WHERE status = 'ALLOCATED'");
        // a code taken from one order and given to another would leave the first with an allocation and no code
        var allocationsRecorded = installation.count("SELECT COUNT(*) FROM order_timeline WHERE kind = 'CODE_ALLOCATED'");
        var ordersAllocatedTwice = installation.count("SELECT COUNT(*) FROM (SELECT order_id FROM order_timeline "
                + "WHERE kind = 'CODE_ALLOCATED' GROUP BY order_id HAVING COUNT(*) > 1) twice");
        var printedWithoutCode = installation.count("SELECT COUNT(*) FROM customer_order o WHERE o.status = 'PRINTED' "
                + "AND NOT EXISTS (SELECT 1 FROM activation_code c WHERE c.order_id = o.id AND c.status = 'ALLOCATED')");
        var trackingNumbersTwice = installation.count("SELECT COUNT(*) FROM (SELECT tracking_number FROM shipment "
                + "WHERE tracking_number IS NOT NULL GROUP BY tracking_number HAVING COUNT(*) > 1) twice");
        var figures = new LinkedHashMap<String, Object>();
        figures.put("instances", 2);
        figures.put("intake threads", 4);
        figures.put("print-run threads", 2 * RUNS_PER_INSTANCE);
        figures.put("orders", ORDERS);
        figures.put("codes in stock", CODES);
        figures.put("runs printed/held/skipped", perRun);
        figures.put("printed", printedLines);
        figures.put("held (no code left)", heldLines);
        figures.put("codes allocated twice", allocationsRecorded - codesAllocated + ordersAllocatedTwice);
        figures.put("orders in two runs", ordersPrintedTwice);
        figures.put("tracking numbers issued twice", trackingNumbersTwice);
        figures.put("crashes", 0);
        figures.put("orders unaccounted for", ORDERS - printedLines - heldLines);
        Installation.report("two instances: print runs at once", figures);

        assertThat(printedLines).isEqualTo(CODES);
        assertThat(heldLines).isEqualTo(ORDERS - CODES);
        assertThat(ordersPrintedTwice).isZero();
        assertThat(codesAllocated).isEqualTo(CODES);
        assertThat(allocationsRecorded).isEqualTo(CODES);
        assertThat(ordersAllocatedTwice).isZero();
        assertThat(printedWithoutCode).isZero();
        assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'PRINTED'")).isEqualTo(CODES);
        assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'ON_HOLD'")).isEqualTo(ORDERS - CODES);
        assertThat(installation.count("SELECT COUNT(DISTINCT order_id) FROM shipment")).isEqualTo(CODES);
        assertThat(installation.count("SELECT COUNT(*) FROM shipment")).isEqualTo(CODES);
        assertThat(trackingNumbersTwice).isZero();
        assertThat(installation.count("SELECT COUNT(*) FROM shipment WHERE tracking_number IS NOT NULL"))
                .isEqualTo(installation.count("SELECT COUNT(*) FROM shipment WHERE postal_service = 'TRACKED_LETTER'"));
    }

    @Test
    @Order(2)
    void trackingEventsForTheSameLetterDeliveredToBothInstancesAtOnceAreAppliedOnce() throws Exception {
        // forty tracked letters are packed (half at a station served by each instance) and posted
        var letters = rows("SELECT o.order_number, s.tracking_number FROM customer_order o JOIN shipment s "
                + "ON s.order_id = o.id WHERE s.tracking_number IS NOT NULL ORDER BY o.id FETCH FIRST " + POSTED + " ROWS ONLY");
        assertThat(letters).hasSize(POSTED);
        var instances = List.of(a, b);
        for (int i = 0; i < letters.size(); i++) {
            var keeper = keepers.get(instances.get(i % 2));
            var station = "bench-" + instances.get(i % 2).name();
            assertThat(scan(keeper, station, letters.get(i)[0]).getString("state")).isEqualTo("AWAITING_LABEL");
            assertThat(scan(keeper, station, letters.get(i)[1]).getString("state")).isEqualTo("PACKED");
        }
        var opened = keepers.get(a).post("api/dispatches", Json.createObjectBuilder().build());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long dispatch = Api.json(opened.body()).getJsonNumber("id").longValue();
        List<Callable<Integer>> adds = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            var keeper = keepers.get(instances.get(i % 2));
            var code = letters.get(i)[1];
            adds.add(() -> keeper.post("api/dispatches/" + dispatch + "/items",
                    Json.createObjectBuilder().add("code", code).build()).statusCode());
        }
        assertThat(all(adds)).containsOnly(201);
        var closed = keepers.get(b).post("api/dispatches/" + dispatch + "/close", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'POSTED'")).isEqualTo(POSTED);
        phase("letters packed and posted");

        // the carrier delivers each event to both instances, twice each, all at the same moment
        var signature = new WebhookSignature(installation.webhookSecret());
        var now = installation.now();
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        int eventsSent = 0;
        for (int i = 0; i < letters.size() / 2; i++) {
            var tracking = letters.get(i)[1];
            List<JsonObject> events = new ArrayList<>(List.of(
                    event("ACC-" + tracking, tracking, "ACCEPTED", now.minusSeconds(1800)),
                    // no event id: recognised by number, time and status
                    event(null, tracking, "IN_TRANSIT", now.minusSeconds(1200))));
            if (i < DELIVERED) {
                events.add(event("DLV-" + tracking, tracking, "DELIVERED", now.minusSeconds(600)));
            }
            for (var event : events) {
                var body = event.toString().getBytes(StandardCharsets.UTF_8);
                var go = new CountDownLatch(1);
                List<Future<String>> copies = new ArrayList<>();
                for (var instance : List.of(a, b, a, b)) {
                    var carrier = Api.withKey(instance.base(), null);
                    copies.add(pool.submit(() -> {
                        go.await();
                        var response = carrier.send(carrier.request("api/tracking/events")
                                .header("Content-Type", "application/json")
                                .header(WebhookSignature.HEADER, signature.sign(installation.now().getEpochSecond(), body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        return Api.json(response.body()).getString("outcome");
                    }));
                }
                go.countDown();
                List<String> answers = new ArrayList<>();
                for (var copy : copies) {
                    answers.add(copy.get());
                }
                eventsSent += answers.size();
                outcomes.put(tracking + " " + event.getString("status"), answers);
            }
        }
        phase("tracking events delivered");

        long applied = outcomes.values().stream().mapToLong(l -> l.stream().filter("APPLIED"::equals).count()).sum();
        var figures = new LinkedHashMap<String, Object>();
        figures.put("instances", 2);
        figures.put("letters posted", POSTED);
        figures.put("distinct events", outcomes.size());
        figures.put("deliveries of them (4 each, 2 per instance, at once)", eventsSent);
        figures.put("applied", applied);
        figures.put("stored", installation.count("SELECT COUNT(*) FROM tracking_event"));
        figures.put("letters delivered", installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'DELIVERED'"));
        Installation.report("two instances: the same tracking events to both", figures);

        assertThat(outcomes.values()).allSatisfy(answers -> assertThat(answers)
                .containsExactlyInAnyOrder("APPLIED", "DUPLICATE", "DUPLICATE", "DUPLICATE"));
        assertThat(installation.count("SELECT COUNT(*) FROM tracking_event")).isEqualTo(outcomes.size());
        assertThat(installation.count("SELECT COALESCE(SUM(event_count), 0) FROM shipment_tracking")).isEqualTo(outcomes.size());
        // each event is one line on its order's timeline, never two
        assertThat(installation.count("SELECT COUNT(*) FROM order_timeline WHERE kind = 'TRACKING'")).isEqualTo(outcomes.size());
        assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'DELIVERED'")).isEqualTo(DELIVERED);
        assertThat(installation.count("SELECT COUNT(*) FROM customer_order WHERE status = 'POSTED'")).isEqualTo(POSTED - DELIVERED);
    }

    @Test
    @Order(3)
    void theDelayCheckAndTheOutboxWorkerOfBothInstancesSendEachDueEmailExactlyOnce() throws Exception {
        assertThat(installation.count("SELECT COUNT(*) FROM email_outbox")).as("nothing due before time passes").isZero();
        // five weeks later: the posted letters not delivered are late (Japan: 8 days and 3 of grace), and the
        // plans of the printed letters not yet posted expire within the at-risk window (7 days)
        installation.advanceClock(Duration.ofDays(35));
        long late = POSTED - DELIVERED;
        long atRisk = CODES - POSTED;
        long due = late + atRisk;
        var deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (installation.count("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT'") < due
                && Instant.now().isBefore(deadline)) {
            PayaraInstance.pause(Duration.ofSeconds(1));
        }
        // a few more rounds of both workers (every second): a second sending would show now
        PayaraInstance.pause(Duration.ofSeconds(5));
        phase("due emails sent");

        var byMessageId = installation.receivedByMessageId();
        var recipients = new HashMap<String, Integer>();
        for (var message : installation.received()) {
            recipients.merge(to(message), 1, Integer::sum);
        }
        var queuedBy = perInstance(QUEUED);
        var checksBy = rounds(CHECKS);
        var attemptsBy = perInstance(ATTEMPTS);
        var figures = new LinkedHashMap<String, Object>();
        figures.put("instances", 2);
        figures.put("due (late + at risk)", late + "+" + atRisk);
        figures.put("queued", installation.count("SELECT COUNT(*) FROM email_outbox"));
        figures.put("check rounds on a/b", checksBy);
        figures.put("queued by the check on a/b", queuedBy);
        figures.put("delivery attempts on a/b", attemptsBy);
        figures.put("messages received", installation.receivedCount());
        figures.put("distinct Message-IDs", byMessageId.size());
        figures.put("duplicates", installation.receivedCount() - byMessageId.size());
        var notReceived = new java.util.HashSet<>(installation.strings("SELECT message_id FROM email_outbox"));
        notReceived.removeAll(byMessageId.keySet());
        figures.put("losses", notReceived.size());
        Installation.report("two instances: delay check and outbox on both", figures);

        assertThat(installation.count("SELECT COUNT(*) FROM email_outbox")).isEqualTo(due);
        assertThat(installation.count("SELECT COUNT(*) FROM email_outbox WHERE status = 'SENT' AND attempt_count = 1"))
                .isEqualTo(due);
        assertThat(installation.count("SELECT COUNT(*) FROM email_attempt")).isEqualTo(due);
        assertThat(installation.count("SELECT COUNT(*) FROM email_outbox WHERE reason = 'DELAYED'")).isEqualTo(late);
        assertThat(installation.count("SELECT COUNT(*) FROM email_outbox WHERE reason = 'AT_RISK'")).isEqualTo(atRisk);
        assertThat(installation.receivedCount()).isEqualTo(due);
        assertThat(byMessageId).hasSize((int) due).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(byMessageId.keySet()).containsExactlyInAnyOrderElementsOf(
                installation.strings("SELECT message_id FROM email_outbox"));
        // one message for each order with a code that is neither delivered nor emailed before; none for the others
        assertThat(recipients).hasSize((int) due).allSatisfy((to, times) -> assertThat(times).as(to).isEqualTo(1));
        assertThat(recipients.keySet()).containsExactlyInAnyOrderElementsOf(installation.strings(
                "SELECT o.customer_email FROM customer_order o WHERE o.status IN ('PRINTED', 'POSTED')"));
        assertThat(queuedBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(due);
        assertThat(attemptsBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(due);
        assertThat(installation.codesInLogs()).isEmpty();
    }

    // ---- helpers ----

    private JsonObject scan(Api keeper, String station, String code) {
        var response = keeper.post("api/packing/stations/" + station + "/scans",
                Json.createObjectBuilder().add("code", code).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response.body());
    }

    private static JsonObject event(String id, String tracking, String status, Instant at) {
        var event = Json.createObjectBuilder();
        if (id != null) {
            event.add("eventId", id);
        }
        return event.add("trackingNumber", tracking).add("status", status).add("occurredAt", at.toString())
                .add("location", "TOKYO").build();
    }

    private List<String[]> rows(String sql) throws Exception {
        try (var c = installation.db(); var rows = c.createStatement().executeQuery(sql)) {
            List<String[]> result = new ArrayList<>();
            while (rows.next()) {
                result.add(new String[]{rows.getString(1), rows.getString(2)});
            }
            return result;
        }
    }

    /** What each instance's log says it did, summed over its rounds. */
    private Map<String, Long> perInstance(Pattern line) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (var instance : List.of(a, b)) {
            var matcher = line.matcher(instance.logText());
            long sum = 0;
            while (matcher.find()) {
                sum += Long.parseLong(matcher.group(1));
            }
            sums.put(instance.name(), sum);
        }
        return sums;
    }

    /** How many lines of the kind each instance's log holds. */
    private Map<String, Long> rounds(Pattern line) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var instance : List.of(a, b)) {
            counts.put(instance.name(), line.matcher(instance.logText()).results().count());
        }
        return counts;
    }

    private static String to(Message message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        for (var future : pool.invokeAll(tasks)) {
            results.add(future.get());
        }
        return results;
    }

    private void phase(String what) {
        System.out.printf("two instances: %s after %d s%n", what, Duration.between(began, Instant.now()).toSeconds());
    }
}
