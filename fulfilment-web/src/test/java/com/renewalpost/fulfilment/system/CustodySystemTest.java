package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.tracking.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.renewalpost.fulfilment.system.SupportData.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custody and exposure, against the running application: letters (activation codes in clear)
 * are a warehouse tool only while their run is packed, a reveal with a reason after, and every
 * download is audited; tracking events are one per (letter, carrier's event id) and a second
 * version of one is reported; anonymous readiness names no database; the public lookup asks for
 * something the customer has where there is no postcode; and the server listens on nothing but
 * its loopback HTTP address.
 */
class CustodySystemTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static SystemServer server;
    private static SupportData data;

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        data = new SupportData(server, server.newStaff("WAREHOUSE", "ADMIN"));
    }

    // ---- letters ----

    @Test
    void lettersAreAWarehouseToolWhileTheRunIsPackedAndAnAuditedRevealWithAReasonAfter() throws Exception {
        var stock = data.product(2);
        var first = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var second = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var warehouse = server.newStaff("WAREHOUSE");
        var support = server.newStaff("SUPPORT");
        var made = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder().add(first).add(second)).build().toString());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        var run = json(made.body()).getJsonObject("run");
        long runId = run.getJsonNumber("id").longValue();
        var runName = run.getString("name");
        var letters = "api/print-runs/" + runId + "/documents/letters.pdf";
        var firstLetter = "api/print-runs/" + runId + "/items/" + first + "/documents/letters.pdf";

        // while the run is packed: the warehouse downloads, and the audit log says who, which run, which letters
        var whole = bytes("GET", letters, warehouse, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(new String(whole.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var downloaded = auditOf(warehouse, "LETTERS_DOWNLOADED");
        assertThat(downloaded).hasSize(1);
        assertThat(downloaded.get(0).getString("subject")).isEqualTo("run " + runName);
        assertThat(downloaded.get(0).getString("detail")).contains(first, second, "letters 1-2 of 2");
        assertThat(bytes("GET", firstLetter, warehouse, null).statusCode()).isEqualTo(200);
        assertThat(auditOf(warehouse, "LETTERS_DOWNLOADED")).hasSize(2)
                .anySatisfy(e -> assertThat(e.getString("subject")).isEqualTo(first + " (run " + runName + ")"));
        // labels carry no code: not audited, and still there after packing
        assertThat(bytes("GET", "api/print-runs/" + runId + "/documents/labels.pdf", warehouse, null).statusCode())
                .isEqualTo(200);

        // one letter packed and posted: its own letter is closed, the run's still open for the other
        data.post(first);
        var closedItem = bytes("GET", firstLetter, warehouse, null);
        assertThat(closedItem.statusCode()).isEqualTo(403);
        assertThat(text(closedItem)).contains("no longer a packing tool", "support or an admin", "reason");
        assertThat(bytes("GET", letters, warehouse, null).statusCode()).isEqualTo(200);

        // every letter packed: the run's letters are closed to the warehouse, with the reason why
        data.post(second);
        var closed = bytes("GET", letters, warehouse, null);
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(json(text(closed)).getString("detail")).contains("no longer a packing tool", "POST",
                "letters/reveal");
        assertThat(auditOf(warehouse, "LETTERS_DOWNLOADED")).hasSize(3);
        // and the warehouse cannot turn to a reveal instead
        assertThat(bytes("POST", "api/print-runs/" + runId + "/letters/reveal", warehouse,
                "{\"reason\":\"customer lost the letter\"}").statusCode()).isEqualTo(403);

        // support: a reason or nothing, and the reveal is audited with who, run, letters and reason
        var noReason = bytes("POST", "api/print-runs/" + runId + "/letters/reveal", support, "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(text(noReason)).contains("reason");
        assertThat(bytes("POST", "api/print-runs/" + runId + "/letters/reveal", support, "{\"reason\":\"  \"}")
                .statusCode()).isEqualTo(400);
        assertThat(auditOf(support, "LETTERS_REVEALED")).isEmpty();

        var reason = "customer " + UUID.randomUUID().toString().substring(0, 8) + " says the letter was torn";
        var revealed = bytes("POST", "api/print-runs/" + runId + "/letters/reveal", support,
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).isEqualTo(whole.body());
        assertThat(revealed.headers().firstValue("Cache-Control")).hasValue("no-store");
        var reveals = auditOf(support, "LETTERS_REVEALED");
        assertThat(reveals).hasSize(1);
        assertThat(reveals.get(0).getString("subject")).isEqualTo("run " + runName);
        assertThat(reveals.get(0).getString("detail")).contains(reason, first, second);

        var item = bytes("POST", "api/print-runs/" + runId + "/items/" + second + "/letters/reveal", support,
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(auditOf(support, "LETTERS_REVEALED")).hasSize(2)
                .anySatisfy(e -> assertThat(e.getString("subject")).isEqualTo(second + " (run " + runName + ")"));
        // the reason travelled in the body, never in a URL
        assertThat(Files.readString(Path.of("target", "system", "server.log"))).doesNotContain(reason);
    }

    // ---- tracking events ----

    @Test
    void theSameCarrierEventIdOnTwoLettersIsTwoEventsARepeatIsADuplicateAndAnotherVersionAConflict() {
        var stock = data.product(2);
        var first = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var second = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        data.print(first, second);
        var firstNumber = data.post(first);
        var secondNumber = data.post(second);
        var at = data.receivedAt(first).plusMinutes(5).withNano(0);
        var eventId = "scan-" + UUID.randomUUID();
        var csv = "tracking_number,status,occurred_at,event_id\n"
                + firstNumber + ",IN_TRANSIT," + at + "," + eventId + "\n"
                + secondNumber + ",IN_TRANSIT," + at + "," + eventId + "\n";

        var report = importCsv(csv);
        assertThat(report.getInt("imported")).as(report.toString()).isEqualTo(2);
        assertThat(eventsOf(first)).isEqualTo(1);
        assertThat(eventsOf(second)).isEqualTo(1);

        var again = importCsv(csv);
        assertThat(again.getInt("alreadyPresent")).as(again.toString()).isEqualTo(2);
        assertThat(again.getInt("imported")).isZero();

        var otherVersion = importCsv("tracking_number,status,occurred_at,event_id\n"
                + firstNumber + ",DELIVERED," + at + "," + eventId + "\n");
        assertThat(otherVersion.getInt("rejected")).as(otherVersion.toString()).isEqualTo(1);
        var row = otherVersion.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("outcome")).isEqualTo("REJECTED");
        assertThat(row.getJsonArray("problems").getString(0)).contains("conflict", eventId, "In transit", "Delivered",
                "first is kept");
        // the first is kept: the letter is still in transit, the order still posted
        assertThat(eventsOf(first)).isEqualTo(1);
        assertThat(data.status(first)).isEqualTo("POSTED");

        // the webhook: the same version again is a duplicate, another version a conflict (409), the first kept
        assertThat(webhook(firstNumber, "IN_TRANSIT", at.toString(), eventId).statusCode()).isEqualTo(200);
        var conflict = webhook(firstNumber, "DELIVERED", at.toString(), eventId);
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.body()).contains(eventId);
        assertThat(eventsOf(first)).isEqualTo(1);
        assertThat(data.status(first)).isEqualTo("POSTED");
    }

    private HttpResponse<String> webhook(String trackingNumber, String status, String occurredAt, String eventId) {
        var body = Json.createObjectBuilder().add("trackingNumber", trackingNumber).add("status", status)
                .add("occurredAt", occurredAt).add("eventId", eventId).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        var now = Instant.parse(server.controlled("advance=PT0S").substring("now ".length()));
        var request = HttpRequest.newBuilder(server.url("api/tracking/events"))
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER,
                        new WebhookSignature(SystemServer.WEBHOOK_SECRET)
                                .sign(now.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- readiness ----

    @Test
    void anonymousReadinessSaysUpAndNothingMoreWhileAdminsSeeTheDatabase() throws Exception {
        for (var path : List.of("health/ready", "health")) {
            var anonymous = HTTP.send(HttpRequest.newBuilder(server.url(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(anonymous.body()).contains("\"UP\"").doesNotContainIgnoringCase("H2")
                    .doesNotContain("product");
            // the check's data, if Payara writes the key at all, is empty
            assertThat(anonymous.body().replace("\"data\":{}", "")).doesNotContain("\"data\"");
        }
        assertThat(server.send("GET", "api/operations/database", server.newStaff("SUPPORT"), null).statusCode())
                .isEqualTo(403);
        var details = server.send("GET", "api/operations/database", server.admin(), null);
        assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
        assertThat(json(details.body()).getString("product")).isEqualTo("H2");
        assertThat(json(details.body()).getBoolean("up")).isTrue();
    }

    // ---- the public lookup ----

    @Test
    void withoutAPostcodeThePublicLookupAsksForTheLastFourDigitsOfTheLineNotTheCountry() throws Exception {
        var sku = "HK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        server.newProduct(sku);
        var customer = SupportData.Customer.fresh();
        var body = Json.createObjectBuilder()
                .add("customerName", customer.name()).add("customerNameLatin", customer.latin())
                .add("email", customer.email()).add("language", "en")
                .add("address", Json.createObjectBuilder().add("streetLines", Json.createArrayBuilder()
                                .add("Flat 5, 18 Nathan Road")).add("city", "Tsim Sha Tsui").add("region", "Kowloon")
                        .add("country", "HK"))
                .add("productSku", sku).add("iccid", customer.iccid())
                .add("planExpiresOn", "2099-12-31").add("postalService", "STANDARD_LETTER").add("channel", "WEB")
                .add("externalReference", "HK-" + UUID.randomUUID())
                .add("payment", Json.createObjectBuilder().add("method", "CARD").add("amount", 29).add("currency", "USD"))
                .build();
        var created = server.send("POST", "api/orders", server.admin(), body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var number = json(created.body()).getString("number");
        var lastFour = customer.iccid().substring(customer.iccid().length() - 4);

        assertThat(lookup("api/public/track?order=" + number + "&postcode=HK").statusCode()).isEqualTo(404);
        assertThat(lookup("api/public/orders/" + number + "?postcode=hk").statusCode()).isEqualTo(404);
        assertThat(lookup("api/public/track?order=" + number + "&postcode=" + lastFour).statusCode()).isEqualTo(200);
        var status = lookup("api/public/orders/" + number + "?line=" + lastFour);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(json(status.body()).getString("number")).isEqualTo(number);
        var wrong = String.valueOf((Integer.parseInt(lastFour) + 1) % 10_000);
        assertThat(lookup("api/public/orders/" + number + "?postcode=" + "0".repeat(4 - wrong.length()) + wrong)
                .statusCode()).isEqualTo(404);

        var page = lookup("track.html").body();
        assertThat(page).contains("last").contains("four digits").doesNotContain("two-letter country code");
    }

    // ---- what the server listens on ----

    @Test
    void theServerListensOnNothingButItsLoopbackHttpAddressAndJoinsNoCluster() throws Exception {
        var sockets = listeningSockets(server.pid());
        System.out.println("Listening sockets of the server (pid " + server.pid() + "): " + sockets);
        assertThat(sockets).as("sockets of pid " + server.pid()).isNotEmpty();
        assertThat(sockets).allSatisfy(s -> assertThat(s.address().isLoopbackAddress())
                .as(s + " is on a loopback address").isTrue());
        assertThat(sockets).noneSatisfy(s -> assertThat(s.protocol()).startsWith("udp"));
        assertThat(sockets).noneSatisfy(s -> assertThat(s.port()).isEqualTo(2904));
        assertThat(sockets).anySatisfy(s -> assertThat(s.port()).isEqualTo(server.base().getPort()));
        assertThat(sockets).as("only the HTTP listener").extracting(Listening::port)
                .containsOnly(server.base().getPort());
    }

    /** A socket a process has bound: TCP in LISTEN state, or any UDP socket. */
    record Listening(String protocol, InetAddress address, int port) {
        @Override
        public String toString() {
            return protocol + " " + address.getHostAddress() + ":" + port;
        }
    }

    /**
     * The process's listening sockets: /proc/PID/net/{tcp,tcp6,udp,udp6} list every socket of its
     * network namespace, the links in /proc/PID/fd name the socket inodes the process holds.
     */
    static List<Listening> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    var target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            });
        }
        List<Listening> found = new ArrayList<>();
        for (var protocol : List.of("tcp", "tcp6", "udp", "udp6")) {
            var table = Path.of("/proc", Long.toString(pid), "net", protocol);
            if (!Files.exists(table)) {
                continue;
            }
            var lines = Files.readAllLines(table);
            for (var line : lines.subList(1, lines.size())) {
                var fields = line.trim().split("\\s+");
                var local = fields[1];
                var state = fields[3];
                var inode = fields[9];
                boolean listening = protocol.startsWith("udp") || state.equals("0A");
                if (listening && inodes.contains(inode)) {
                    var hexAddress = local.substring(0, local.indexOf(':'));
                    int port = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
                    found.add(new Listening(protocol, address(hexAddress), port));
                }
            }
        }
        return found;
    }

    /** The kernel writes addresses as 32-bit words in host (little-endian) order. */
    static InetAddress address(String hex) throws IOException {
        var bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring((word * 4 + 3 - i) * 2,
                        (word * 4 + 3 - i) * 2 + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    // ---- inside ----

    private static List<JsonObject> auditOf(Credentials actor, String action) {
        var response = server.send("GET", "api/admin/audit?actor=" + actor.username() + "&action=" + action,
                server.admin(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SupportData.array(response.body()).getValuesAs(JsonObject.class);
    }

    private JsonObject importCsv(String csv) {
        var response = raw("POST", "api/tracking/import", server.admin(), "text/csv", csv);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static int eventsOf(String number) {
        var response = server.send("GET", "api/orders/" + number + "/tracking", server.admin(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).getJsonArray("letters").getValuesAs(JsonObject.class).stream()
                .mapToInt(l -> l.getJsonArray("events").size()).sum();
    }

    private static HttpResponse<String> lookup(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> bytes(String method, String path, Credentials who, String json) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return server.as(who, request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> raw(String method, String path, Credentials who, String type, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        return server.as(who, request, HttpResponse.BodyHandlers.ofString());
    }
}
