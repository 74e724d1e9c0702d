package com.renewalpost.bench;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Request files for wrk ({@code bench/wrk/replay.lua}: one request a line, method, path, one header
 * and body separated by tabs): benchmark 3's signed carrier events and benchmark 4's public
 * tracking lookups, both about the letters the bulk load posted.
 */
final class Tracking {

    /** The statuses a letter's events walk through, one event each. */
    static final List<String> STATUSES = List.of("ACCEPTED", "IN_TRANSIT", "ARRIVED_IN_DESTINATION", "DELIVERED");

    private Tracking() {
    }

    /** One posted letter of the bulk load (its TSV line). */
    record Letter(String orderNumber, String postcode, String trackingNumber, LocalDate postedOn) {
        static Letter parse(String line) {
            var f = line.split("\t");
            return new Letter(f[0], f[1], f[2].equals("-") ? null : f[2], LocalDate.parse(f[3]));
        }
    }

    /**
     * The first COUNT tracked letters of the bulk load, leaving out those loaded just late: the delay check (5) must
     * still find each of them in the post, and in a smoke run it runs after the webhook benchmark has delivered some.
     */
    static List<Letter> tracked(String bulkTsv, int count) {
        try (var lines = Files.lines(Path.of(bulkTsv))) {
            var letters = lines.filter(line -> !line.endsWith("\t" + BulkLoad.Category.DUE)).map(Letter::parse)
                    .filter(l -> l.trackingNumber() != null).limit(count).toList();
            if (letters.size() < count) {
                throw new Api.Unexpected("the bulk load has only " + letters.size() + " tracked letters, " + count
                        + " needed");
            }
            return letters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * EVENTS signed events: every letter's ACCEPTED first, then every letter's IN_TRANSIT, and so on,
     * so that events of one letter (which wait for each other on its order's row lock) are far apart,
     * as in a real burst from a carrier. Signed now: valid for the 5 minutes the webhook allows.
     */
    static void webhookRequests(String[] args) {
        var api = new Api(args[0]);
        var secret = Main.secret(Main.secrets(args[1]), "webhook.secret");
        int events = Integer.parseInt(args[3]);
        int letters = (events + STATUSES.size() - 1) / STATUSES.size();
        var tracked = tracked(args[2], letters + 1);
        var out = Path.of(args[4]);
        // the webhook works (whatever wrk later makes of its speed): one event about a letter wrk leaves alone
        var spare = tracked.get(letters);
        tracked = tracked.subList(0, letters);
        long now0 = Instant.now().getEpochSecond();
        var check = "{\"eventId\":\"BENCH-CHECK-" + Long.toString(now0, 36) + "\",\"trackingNumber\":\""
                + spare.trackingNumber() + "\",\"status\":\"ACCEPTED\",\"occurredAt\":\""
                + earliest(spare.postedOn().atTime(17, 0).toInstant(ZoneOffset.UTC), Instant.now().minusSeconds(60))
                .truncatedTo(ChronoUnit.SECONDS) + "\"}";
        var answer = api.send(api.request("/api/tracking/events").header("Content-Type", "application/json")
                .header("Tracking-Signature", "t=" + now0 + ",v1=" + hmac(secret, now0 + "." + check))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(check)), 200).body();
        if (!answer.contains("\"outcome\":\"APPLIED\"")) {
            throw new Api.Unexpected("a signed event about " + spare.trackingNumber() + " was not applied: " + answer);
        }
        var now = Instant.now();
        var latest = now.minus(1, ChronoUnit.MINUTES);
        long t = now.getEpochSecond();
        var tag = Long.toString(t, 36);
        List<String> lines = new ArrayList<>(events);
        for (int step = 0; step < STATUSES.size() && lines.size() < events; step++) {
            for (int i = 0; i < tracked.size() && lines.size() < events; i++) {
                var letter = tracked.get(i);
                var at = letter.postedOn().atTime(10, 0).toInstant(ZoneOffset.UTC).plus(step * 30L, ChronoUnit.HOURS);
                if (at.isAfter(latest)) {
                    at = latest.minus(STATUSES.size() - step, ChronoUnit.MINUTES);
                }
                var body = "{\"eventId\":\"BENCH-" + tag + "-" + step + "-" + i + "\",\"trackingNumber\":\""
                        + letter.trackingNumber() + "\",\"status\":\"" + STATUSES.get(step) + "\",\"occurredAt\":\""
                        + at.truncatedTo(ChronoUnit.SECONDS) + "\",\"location\":\"" + (step < 2 ? "NEW YORK NY ISC" : "DESTINATION")
                        + "\"}";
                lines.add("POST\t/api/tracking/events\tTracking-Signature\tt=" + t + ",v1=" + hmac(secret, t + "." + body)
                        + "\t" + body);
            }
        }
        write(out, lines);
        Main.progress(lines.size() + " signed events for " + tracked.size() + " letters");
        Main.figure("webhook.events_prepared", lines.size());
        Main.figure("webhook.letters", tracked.size());
    }

    /**
     * Lookups of ORDERS letters that have tracking events (the first ones the webhook benchmark
     * fed), each with its postcode as the customer types it; a sample is fetched once here to check
     * the answers and measure their size, for the trivial endpoint's constant.
     */
    static void lookupRequests(String[] args) {
        var api = new Api(args[0]);
        var letters = tracked(args[1], Integer.parseInt(args[2]));
        var out = Path.of(args[3]);
        List<String> lines = new ArrayList<>();
        for (var letter : letters) {
            lines.add("GET\t/api/public/track?order=" + letter.orderNumber() + "&postcode="
                    + Api.enc(letter.postcode()) + "\t\t\t");
        }
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < Math.min(50, letters.size()); i++) {
            var letter = letters.get(i * letters.size() / Math.min(50, letters.size()));
            var body = api.get("/api/public/track?order=" + letter.orderNumber() + "&postcode="
                    + Api.enc(letter.postcode()), 200).body();
            if (!body.contains("\"order\":\"" + letter.orderNumber() + "\"")) {
                throw new Api.Unexpected("the tracking answer for " + letter.orderNumber() + " is not about it");
            }
            sizes.add(body.getBytes(StandardCharsets.UTF_8).length);
        }
        Collections.sort(sizes);
        write(out, lines);
        Main.figure("lookup.orders", letters.size());
        Main.figure("lookup.body_bytes", sizes.get(sizes.size() / 2));
    }

    static String hmac(String secret, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path out, List<String> lines) {
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events dated ahead of the server's clock are refused: never later than now. */
    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
