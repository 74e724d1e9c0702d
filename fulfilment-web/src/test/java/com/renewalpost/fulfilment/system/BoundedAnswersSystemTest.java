package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.tracking.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, items 2 and 3: no answer grows with the data and no request body is read without a
 * limit. 50,000 queued orders (seeded straight into the database under a product of this test's
 * own, without plan expiry so that they sort after every other test's orders, and removed at the
 * end) are answered a page at a time, counted by the database, under ten concurrent calls, with
 * the server's heap bounded; oversize bodies are refused with 413 whether they declare their
 * length or come in chunks, and an unsigned webhook call is refused before its body is read.
 */
class BoundedAnswersSystemTest {

    private static final int SEEDED = 50_000;
    private static final int MAX_PAGE = 500;
    private static final Pattern QUEUE_FIGURE = Pattern.compile(
            "id=\"figure-queue\"><a[^>]*><span class=\"value\">([^<]+)</span>");

    static SystemServer server;
    static RestSetup api;
    static Credentials warehouse;

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        api = new RestSetup(server);
        warehouse = server.newStaff("WAREHOUSE");
    }

    @Test
    void fiftyThousandQueuedOrdersAreAnsweredAPageAtATimeWithTheHeapBounded() throws Exception {
        var admin = server.admin();
        var sku = api.newProduct(admin, "BOUNDED");
        long before = queueTotal(api.send("GET", "api/queue?size=1", warehouse.basic(), null, null));
        try {
            // in tenths, each a short request on a loaded machine
            for (int i = 0; i < 10; i++) {
                assertThat(server.controlled("seed-queued=" + SEEDED / 10 + "&sku=" + sku))
                        .isEqualTo("seeded " + SEEDED / 10);
            }
            long expected = before + SEEDED;
            System.out.println("heap before the calls: " + server.controlled("heap=reset-peak"));

            // ten at once, as one warehouse user and the admin: the queue in its largest pages and the dashboard
            List<Callable<java.net.http.HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                var who = i % 2 == 0 ? warehouse : admin;
                calls.add(i < 6
                        ? () -> api.send("GET", "api/queue?size=" + MAX_PAGE, who.basic(), null, null)
                        : () -> api.send("GET", "staff/index.xhtml", who.basic(), null, null));
            }
            var pool = Executors.newFixedThreadPool(calls.size());
            List<Future<java.net.http.HttpResponse<String>>> answers;
            try {
                answers = pool.invokeAll(calls);
            } finally {
                pool.shutdown();
            }
            for (int i = 0; i < answers.size(); i++) {
                var answer = answers.get(i).get();
                assertThat(answer.statusCode()).as("call %d: %s", i, abbreviated(answer.body())).isEqualTo(200);
                if (i < 6) {
                    assertThat(array(answer.body())).hasSize(MAX_PAGE);
                    assertThat(queueTotal(answer)).isEqualTo(expected);
                } else {
                    var figure = QUEUE_FIGURE.matcher(answer.body());
                    assertThat(figure.find()).as("the dashboard shows the queue").isTrue();
                    assertThat(Long.parseLong(figure.group(1).replaceAll("[^0-9]", ""))).isEqualTo(expected);
                }
            }
            var heap = heap(server.controlled("heap=read"));
            System.out.println("heap after the calls: " + heap);
            // 50,000 orders read whole, ten times over, once took the whole -Xmx768m
            assertThat(heap.get("oldPeak")).as("old generation's peak, bytes").isLessThan(heap.get("max") * 6 / 10);

            // the default page, the last page (this test's orders sort last) and a page past the end
            assertThat(array(api.send("GET", "api/queue", warehouse.basic(), null, null).body()))
                    .hasSizeLessThanOrEqualTo(100);
            long lastPage = (expected - 1) / MAX_PAGE;
            var last = array(api.send("GET", "api/queue?size=" + MAX_PAGE + "&page=" + lastPage, warehouse.basic(),
                    null, null).body());
            assertThat(last).isNotEmpty().allSatisfy(e -> assertThat(e.asJsonObject().getString("customerName"))
                    .startsWith("SEEDED CUSTOMER"));
            assertThat(array(api.send("GET", "api/queue?size=" + MAX_PAGE + "&page=" + (lastPage + 1),
                    warehouse.basic(), null, null).body())).isEmpty();
        } finally {
            assertThat(server.controlled("remove-seeded=" + sku)).isEqualTo("removed " + SEEDED);
        }
        assertThat(queueTotal(api.send("GET", "api/queue?size=1", warehouse.basic(), null, null))).isEqualTo(before);
    }

    @Test
    void pagesOutOfRangeAreRefusedWithAProblemNotAServerError() {
        var admin = server.admin();
        for (var path : List.of("api/queue?size=501", "api/queue?size=0", "api/queue?page=-1", "api/queue?page=x",
                "api/queue?page=2147483647&size=500", "api/orders?page=2147483647", "api/orders?size=201",
                "api/admin/audit?page=2147483647", "api/admin/audit?size=100000")) {
            var answer = api.send("GET", path, admin.basic(), null, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(json(answer.body()).getString("type")).as(path).isEqualTo("/problems/invalid-page");
        }
        var audit = api.send("GET", "api/admin/audit?size=2", admin.basic(), null, null);
        assertThat(array(audit.body())).hasSizeLessThanOrEqualTo(2);
        assertThat(Long.parseLong(audit.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThan(2);
    }

    @Test
    void oversizeBodiesAreRefusedWith413WhetherTheyDeclareTheirLengthOrNot() throws IOException {
        var signed = Map.of("Content-Type", "application/json", WebhookSignature.HEADER,
                new WebhookSignature(SystemServer.WEBHOOK_SECRET).sign(serverNow().getEpochSecond(), new byte[0]));
        // 400 MB declared: refused at once, before any of it is sent
        assertTooLarge(post("/api/tracking/events", Map.of("Content-Type", "application/json"), 400_000_000L, 0, true));
        // chunked, with a well-formed signature header: cut off as it passes 64 KB
        assertTooLarge(post("/api/tracking/events", signed, -1, 50_000_000L, true));

        var json = Map.of("Content-Type", "application/json", "Authorization", warehouse.basic());
        assertTooLarge(post("/api/orders", json, 300_000, 0, true));
        assertTooLarge(post("/api/orders", json, -1, 20_000_000L, true));

        var csv = Map.of("Content-Type", "text/csv", "Authorization", warehouse.basic());
        assertTooLarge(post("/api/orders/import", csv, 30_000_000L, 0, true));
        assertTooLarge(post("/api/orders/import", csv, -1, 100_000_000L, true));

        // forms are parsed by the server itself: they must say how long they are
        var form = post("/staff/index.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Authorization", warehouse.basic()), -1, 10_000, true);
        assertThat(form.status()).as(form.toString()).isEqualTo(411);

        // and the server still answers
        assertThat(api.send("GET", "api/queue?size=1", warehouse.basic(), null, null).statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "api/tracking/events", null, "application/json", "{}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aWebhookCallWithoutAWellFormedSignatureIsRefusedBeforeItsBodyIsRead() throws IOException {
        // the body never ends: a server that read it before judging the header would wait for ever
        for (var header : new String[]{null, "t=soon,v1=abc", "t=1767225600,v1=" + "ab".repeat(31),
                "t=" + serverNow().getEpochSecond() + ",v1=" + "a".repeat(300)}) {
            var headers = new LinkedHashMap<String, String>();
            headers.put("Content-Type", "application/json");
            if (header != null) {
                headers.put(WebhookSignature.HEADER, header);
            }
            var answer = post("/api/tracking/events", headers, -1, 1024, false);
            assertThat(answer.status()).as(header + ": " + answer).isEqualTo(401);
            assertThat(answer.body()).contains("invalid-signature");
        }
    }

    // ---- inside ----

    private static void assertTooLarge(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(json(answer.body()).getString("type")).isEqualTo("/problems/body-too-large");
    }

    private static Instant serverNow() {
        // the server's clock is the movable one other tests advance
        return Instant.parse(server.controlled("advance=PT0S").substring("now ".length()));
    }

    private static long queueTotal(java.net.http.HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Long.parseLong(answer.headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static Map<String, Long> heap(String text) {
        var values = new LinkedHashMap<String, Long>();
        for (var pair : text.split(" ")) {
            var kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return values;
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** The status, content type and body of an answer. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * A POST over a plain socket, its body made on the fly and never held whole: {@code declared}
     * bytes of Content-Length (or chunked when negative), of which {@code sent} are sent, then the
     * end of the body when {@code finish}. Answers what the server said, whenever it said it.
     */
    private static Answer post(String path, Map<String, String> headers, long declared, long sent, boolean finish)
            throws IOException {
        try (var socket = new Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            var head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + server.base().getHost() + ":"
                    + server.base().getPort() + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(declared >= 0 ? "Content-Length: " + declared : "Transfer-Encoding: chunked").append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            var writer = new Thread(() -> body(out, declared < 0, sent, finish), "oversize body");
            writer.setDaemon(true);
            writer.start();
            var answer = read(socket.getInputStream());
            socket.close();
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }
    }

    private static void body(OutputStream out, boolean chunked, long sent, boolean finish) {
        var piece = new byte[64 * 1024];
        Arrays.fill(piece, (byte) ' ');
        try {
            for (long left = sent; left > 0; left -= piece.length) {
                int n = (int) Math.min(piece.length, left);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(piece, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            if (chunked && finish) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException refusedMidway) {
            // the server answered and closed the connection: what this test wants
        }
    }

    private static Answer read(InputStream in) throws IOException {
        var status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (var line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        var body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readNBytes(1_000_000));
        }
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers.getOrDefault("content-type", ""),
                body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new UncheckedIOException(new IOException("the connection closed mid-answer: " + line));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
