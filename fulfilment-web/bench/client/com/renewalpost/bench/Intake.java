package com.renewalpost.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 1, intake: a marketplace's CSV file in one import, and a web shop's orders one POST at
 * a time from several clients at once, both with the shop's API key. Each starts with a short
 * warm-up of its own (a twentieth of the size, not counted) so that the figure is the server's
 * steady pace rather than its first compilation.
 */
final class Intake {

    private Intake() {
    }

    static void csv(String[] args) {
        var api = new Api(args[0]).bearer(Main.secret(Main.secrets(args[1]), "api.token"));
        int orders = Integer.parseInt(args[2]);
        var run = args[3];
        var today = Main.today();

        importCsv(api, OrderData.csv(2_000_000, warmUp(orders), "MARKETPLACE", "CSVW-" + run + "-", today),
                warmUp(orders));
        var file = OrderData.csv(0, orders, "MARKETPLACE", "CSV-" + run + "-", today);
        long started = System.nanoTime();
        importCsv(api, file, orders);
        long took = System.nanoTime() - started;
        Main.progress(orders + " orders by CSV in " + Main.seconds(took) + " s");
        Main.figure("intake.csv.orders", orders);
        Main.figure("intake.csv.bytes", file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        Main.figure("intake.csv.seconds", Main.seconds(took));
        Main.figure("intake.csv.rate", Main.rate(orders, took));
    }

    private static void importCsv(Api api, String csv, int rows) {
        var report = api.post("/api/orders/import", "text/csv", csv, 200).body();
        long imported = Api.number(report, "imported");
        if (imported != rows) {
            throw new Api.Unexpected("CSV import: " + imported + " of " + rows + " rows imported: "
                    + Api.shorten(report.substring(report.indexOf("\"rows\""))));
        }
    }

    static void rest(String[] args) throws InterruptedException {
        var token = Main.secret(Main.secrets(args[1]), "api.token");
        int orders = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        var run = args[4];
        post(args[0], token, 3_000_000, warmUp(orders), clients, "RESTW-" + run + "-");
        long started = System.nanoTime();
        var latencies = post(args[0], token, 1_000_000, orders, clients, "REST-" + run + "-");
        long took = System.nanoTime() - started;
        Arrays.sort(latencies);
        Main.progress(orders + " orders by REST (" + clients + " clients) in " + Main.seconds(took) + " s");
        Main.figure("intake.rest.orders", orders);
        Main.figure("intake.rest.clients", clients);
        Main.figure("intake.rest.seconds", Main.seconds(took));
        Main.figure("intake.rest.rate", Main.rate(orders, took));
        Main.figure("intake.rest.p50_ms", Main.millis(percentile(latencies, 50)));
        Main.figure("intake.rest.p99_ms", Main.millis(percentile(latencies, 99)));
    }

    /** Each client posts the next order not yet taken until all are in; returns every request's latency. */
    private static long[] post(String base, String token, int from, int count, int clients, String prefix)
            throws InterruptedException {
        var next = new AtomicInteger();
        var latencies = new long[count];
        var today = Main.today();
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            var api = new Api(base).bearer(token);
            var thread = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                        var body = OrderData.json(from + i, "WEB", prefix + i, today);
                        long t = System.nanoTime();
                        api.post("/api/orders", "application/json", body, 201);
                        latencies[i] = System.nanoTime() - t;
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (var t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0) instanceof Api.Unexpected u ? u : new Api.Unexpected(String.valueOf(failures.get(0)));
        }
        return latencies;
    }

    static int warmUp(int orders) {
        return Math.max(20, orders / 20);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
