package com.renewalpost.fulfilment.reliability;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the server during a stream of order intake on the embedded H2 database (the
 * default installation: one process, the database file in the data directory): every order
 * whose request was answered with success is there after the restart, and a client that got no
 * answer and sends its request again with the same Idempotency-Key ends up with exactly one order.
 */
class IntakeCrashReliabilityIT {

    /** Web shops sending orders at once. */
    private static final int THREADS = 4;
    /** Answers received before the kill. */
    private static final int KILL_AFTER = 240;

    @Test
    void everyOrderAnsweredWithSuccessIsThereAfterTheServerIsKilledMidStream() throws Exception {
        // demo data brings the catalogue (the product VCH-30) through the application's own services
        try (var installation = Installation.onH2("intake-h2", Map.of("FULFILMENT_DEMO", "true"))) {
            var server = installation.instance("h2");
            server.start().awaitReady(Duration.ofMinutes(4));
            var key = installation.apiKey(installation.firstLogins(server).admin());
            var shop = Api.withKey(server.base(), key);
            var planExpiry = installation.today().plusDays(120);

            Map<String, String> answered = new ConcurrentHashMap<>(); // reference -> order number
            List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
            var next = new AtomicInteger();
            var stop = new AtomicBoolean();
            ExecutorService shops = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                shops.submit(() -> {
                    while (!stop.get()) {
                        int i = next.getAndIncrement();
                        if (i >= 5_000) {
                            return; // bounded: the kill comes long before
                        }
                        var reference = Installation.reference("h2", i);
                        try {
                            var response = shop.send(shop.request("api/orders").header("Content-Type", "application/json")
                                    .header("Idempotency-Key", reference)
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                            Installation.order("h2", i, "VCH-30", "STANDARD_LETTER", planExpiry).toString())));
                            if (response.statusCode() == 201) {
                                answered.put(reference, Api.json(response.body()).getString("number"));
                            } else {
                                unanswered.add(reference + " " + response.statusCode());
                                return;
                            }
                        } catch (UncheckedIOException noAnswer) {
                            // the server died with the request in flight (or before it arrived)
                            unanswered.add(reference);
                            return;
                        }
                    }
                });
            }
            while (answered.size() < KILL_AFTER) {
                PayaraInstance.pause(Duration.ofMillis(5));
            }
            int answeredAtKill = answered.size();
            server.kill();
            stop.set(true);
            shops.shutdown();
            assertThat(shops.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            assertThat(unanswered).as("only the server's death leaves a request without an answer")
                    .allSatisfy(u -> assertThat(u).doesNotContain(" "));

            server.start().awaitReady(Duration.ofMinutes(4));
            var admin = installation.admin(server);
            var sameShop = Api.withKey(server.base(), key);
            List<String> lost = new ArrayList<>();
            answered.forEach((reference, number) -> {
                var response = admin.get("api/orders/" + number);
                if (response.statusCode() != 200 || !reference.equals(externalReference(Api.json(response.body())))) {
                    lost.add(reference + " " + number + " (" + response.statusCode() + ")");
                }
            });

            // the clients without an answer send again, with the same key: one order each, whatever had happened
            int committedBeforeKill = 0;
            for (var reference : unanswered) {
                int i = Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
                var again = sameShop.send(sameShop.request("api/orders").header("Content-Type", "application/json")
                        .header("Idempotency-Key", reference)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                Installation.order("h2", i, "VCH-30", "STANDARD_LETTER", planExpiry).toString())));
                assertThat(again.statusCode()).as(again.body()).isIn(200, 201);
                if (again.statusCode() == 200) {
                    committedBeforeKill++;
                }
                var found = admin.getJson("api/orders?q=" + URLEncoder.encode(Installation.email("h2", i),
                        StandardCharsets.UTF_8));
                assertThat(found.getJsonNumber("total").longValue()).as(reference).isEqualTo(1);
            }

            var figures = new LinkedHashMap<String, Object>();
            figures.put("database", "H2 file (default URL)");
            figures.put("instances", 1);
            figures.put("client threads", THREADS);
            figures.put("crashes", 1);
            figures.put("answered 201 before kill", answered.size());
            figures.put("in flight at kill", unanswered.size());
            figures.put("of these committed (retry answered 200)", committedBeforeKill);
            figures.put("lost", lost.size());
            Installation.report("order intake on H2, kill -9", figures);

            assertThat(answeredAtKill).isGreaterThanOrEqualTo(KILL_AFTER);
            assertThat(lost).as("orders answered 201 but missing after the restart").isEmpty();
            assertThat(installation.codesInLogs()).isEmpty();
        }
    }

    private static String externalReference(jakarta.json.JsonObject order) {
        return order.getString("externalReference", null);
    }
}
