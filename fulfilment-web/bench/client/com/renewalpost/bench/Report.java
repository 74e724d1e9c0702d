package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes one run's figures into the results file: the section of its database (between
 * {@code <!-- BEGIN name -->} and {@code <!-- END name -->}) is replaced, everything else in the
 * file (the other database's section, the notes on where the time goes) is kept.
 *
 * <pre>report FIGURES RESULTS_MD SECTION PLAN_FILE</pre>
 */
final class Report {

    private final Properties f;
    private final boolean full;

    private Report(Properties figures) {
        this.f = figures;
        this.full = "full".equals(figures.getProperty("run.size"));
    }

    static void run(String[] args) {
        var figures = new Properties();
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            figures.load(in);
            var results = Path.of(args[1]);
            var name = args[2];
            var plan = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8).strip();
            var section = new Report(figures).section(name, plan);
            var begin = "<!-- BEGIN " + name + " -->";
            var end = "<!-- END " + name + " -->";
            String text = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : SKELETON;
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            if (b < 0 || e < b) {
                text = text.strip() + "\n\n" + begin + "\n" + end + "\n";
                b = text.indexOf(begin);
                e = text.indexOf(end);
            }
            text = text.substring(0, b + begin.length()) + "\n" + section + "\n" + text.substring(e);
            Files.writeString(results, text, StandardCharsets.UTF_8);
            System.err.println("  results written to " + results + " (section " + name + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SKELETON = """
            # System benchmarks: results

            Written by `fulfilment-web/bench/run`; each run replaces the section of its database.

            <!-- BEGIN h2 -->
            <!-- END h2 -->

            <!-- BEGIN postgres -->
            <!-- END postgres -->
            """;

    private String section(String name, String plan) {
        var s = new StringBuilder();
        s.append("## ").append(name.equals("h2") ? "H2 (embedded file database, the default)" : "PostgreSQL 15")
                .append(full ? "" : " — smoke sizes (figures not comparable with the goals)").append("\n\n");
        s.append("- command: `").append(get("run.command")).append("` (").append(get("run.seconds"))
                .append(" s in all)\n");
        s.append("- date: ").append(get("run.date")).append(", commit `").append(get("run.commit")).append("`\n");
        s.append("- machine: ").append(get("machine.nproc")).append(" cores, ").append(get("machine.memory"))
                .append(" memory, ").append(get("machine.java")).append("; Payara Micro ").append(get("payara.version"))
                .append(", every server with `").append(get("payara.jvm")).append("`\n");
        s.append("- load average (1, 5, 15 min) at the start: ").append(get("machine.load_start"))
                .append("; before the lookups: ").append(get("machine.load_lookup")).append("; at the end: ")
                .append(get("machine.load_end")).append(" — other work on the machine shares its ")
                .append(get("machine.nproc")).append(" cores\n\n");

        s.append("| benchmark | figure | goal | |\n|---|---|---|---|\n");
        row(s, "1. intake by CSV import",
                num("intake.csv.orders") + " orders (" + kib("intake.csv.bytes") + ") in one import: "
                        + get("intake.csv.seconds") + " s, **" + num("intake.csv.rate") + " orders/s**",
                "≥ 1,000 orders/s", d("intake.csv.rate") >= 1000);
        row(s, "1. intake by REST",
                num("intake.rest.orders") + " single-order POSTs from " + get("intake.rest.clients") + " clients: "
                        + get("intake.rest.seconds") + " s, **" + num("intake.rest.rate") + " orders/s** (p50 "
                        + get("intake.rest.p50_ms") + " ms, p99 " + get("intake.rest.p99_ms") + " ms); server CPU "
                        + cpuPer(d("intake.rest.orders") + Math.max(20, Math.floor(d("intake.rest.orders") / 20)), "rest")
                        + " per order",
                "≥ 300 orders/s", d("intake.rest.rate") >= 300);
        row(s, "2. print run",
                num("print.orders") + " queued orders: **" + get("print.seconds") + " s** (allocation, S10 numbers, "
                        + "PRINTED: " + get("print.allocation_seconds") + " s; 5 documents, "
                        + mib("print.document_bytes") + ": " + get("print.documents_seconds") + " s); server CPU "
                        + cpuPer(d("print.orders") + Math.max(5, Math.floor(d("print.orders") / 50)), "print") + " per order",
                "≤ 10 s for 1,000", d("print.seconds") <= 10);
        row(s, "3. tracking webhook",
                "signed events from wrk (" + get("wrk.connections") + " connections, " + get("webhook.seconds")
                        + " s, " + num("webhook.requests") + " events about " + num("webhook.letters")
                        + " letters): **" + num("webhook.rate") + " events/s**, p50 " + get("webhook.p50_ms")
                        + " ms, **p99 " + get("webhook.p99_ms") + " ms**; server CPU " + cpuPer(d("webhook.requests"), "webhook")
                        + " per event",
                "≥ 500 events/s, p99 ≤ 100 ms", d("webhook.rate") >= 500 && d("webhook.p99_ms") <= 100);
        row(s, "4. public tracking lookup",
                "`GET /api/public/track` of " + num("lookup.orders") + " tracked letters (" + get("lookup.body_bytes")
                        + " bytes): **" + num("lookup.app.rate") + " req/s**, p99 " + get("lookup.app.p99_ms")
                        + " ms; the same Payara Micro serving a " + get("lookup.body_bytes")
                        + "-byte constant from JAX-RS: " + num("lookup.trivial.rate") + " req/s, p99 "
                        + get("lookup.trivial.p99_ms") + " ms; **" + pct(d("lookup.app.rate") / d("lookup.trivial.rate"))
                        + "** of it. Server CPU per request: " + cpuPer(d("lookup.app.requests"), "lookup1", "lookup2")
                        + " vs " + cpuPer(d("lookup.trivial.requests"), "trivial1", "trivial2")
                        + ". The application's floor, a public endpoint that reads no database (the tracking page's "
                        + "texts, " + get("lookup.floor.body_bytes") + " bytes, behind the same filters, security and "
                        + "JSON): " + num("lookup.floor.rate") + " req/s, " + pct(d("lookup.floor.rate")
                        / d("lookup.trivial.rate")) + " of the trivial endpoint, "
                        + cpuPer(d("lookup.floor.requests"), "floor1", "floor2") + " CPU per request",
                "≥ 50 %", d("lookup.app.rate") / d("lookup.trivial.rate") >= 0.5);
        row(s, "5. delay scan",
                num("scan.looked_at") + " orders looked at (" + num("bulk.letters") + " posted letters not delivered, "
                        + "bulk-loaded, and the orders of benchmarks 1–2), " + num("scan.due")
                        + " due: **" + seconds("scan.total_ms") + " s** (" + seconds("scan.total_cpu_ms")
                        + " s on a CPU; scan " + seconds("scan.scan_ms") + " s, " + seconds("scan.scan_cpu_ms") + " s on a CPU; "
                        + num("scan.queued") + " emails queued in " + String.format(Locale.ROOT, "%.3f",
                        (d("scan.total_ms") - d("scan.scan_ms")) / 1000) + " s); the query alone "
                        + seconds("scan.query_ms") + " s for " + num("scan.query_rows") + " rows (once, from a "
                        + "second process started for it before the check)",
                "≤ 2 s", d("scan.total_ms") <= 2000);
        double readyRatio = d("startup.app.ready_s") / d("startup.bare.ready_s");
        double rssRatio = d("startup.app.rss_after_load_mb") / d("startup.trivial.rss_after_load_mb");
        row(s, "6. start-up",
                "time to ready (median of " + get("startup.samples") + "): application **" + get("startup.app.ready_s")
                        + " s** (with " + num("bulk.letters") + " letters in the database), bare Payara Micro "
                        + get("startup.bare.ready_s") + " s: **" + ratio(readyRatio) + "** (trivial WAR "
                        + get("startup.trivial.ready_s") + " s); resident memory after the load: application **"
                        + get("startup.app.rss_after_load_mb") + " MB**, Payara Micro with the trivial WAR after its load "
                        + get("startup.trivial.rss_after_load_mb") + " MB: **" + ratio(rssRatio) + "** (at ready: "
                        + get("startup.app.rss_ready_mb") + " MB vs bare " + get("startup.bare.rss_ready_mb") + " MB)",
                "≤ 1.5×", readyRatio <= 1.5 && rssRatio <= 1.5);
        s.append("\nStart-up samples (s): application ").append(get("startup.app.ready_all"))
                .append("; bare ").append(get("startup.bare.ready_all")).append("; trivial WAR ")
                .append(get("startup.trivial.ready_all")).append(". Payara's own \"ready in\" (s): application ")
                .append(get("startup.app.payara_ready_all")).append("; bare ").append(get("startup.bare.payara_ready_all"))
                .append(". Classes loaded at ready: application ").append(num("startup.app.classes"))
                .append(", bare ").append(num("startup.bare.classes")).append(", trivial WAR ")
                .append(num("startup.trivial.classes")).append(". After the load, heap committed / used and metaspace "
                        + "committed (MB): application ").append(heap("startup.app.heap_after_load_mb"))
                .append("; trivial WAR ").append(heap("startup.trivial.heap_after_load_mb")).append(".\n");
        s.append("\nThe server log's line for benchmark 5: `").append(get("scan.log_line")).append("`\n");
        s.append("\nQueries every webhook event and every lookup makes first, alone from a second process (mean of 200): "
                + "a letter by its tracking number ").append(get("query.shipment.by_tracking_number_ms"))
                .append(" ms, an order's letter ").append(get("query.shipment.of_order_ms")).append(" ms.\n");
        s.append("\nPlans of these queries and of the delay scan's (").append(name.equals("h2") ? "H2 `EXPLAIN ANALYZE`"
                : "PostgreSQL `EXPLAIN (ANALYZE, BUFFERS)`").append(", on the loaded data before the check ran):\n\n```\n")
                .append(plan).append("\n```\n");
        return s.toString();
    }

    /** "committed / used, metaspace" from the bench's three figures "committed used metaspace". */
    private String heap(String key) {
        var parts = get(key).trim().split(" ");
        return parts.length == 3 ? parts[0] + " / " + parts[1] + ", " + parts[2] : "?";
    }

    private void row(StringBuilder s, String name, String figure, String goal, boolean met) {
        s.append("| ").append(name).append(" | ").append(figure).append(" | ").append(goal).append(" | ")
                .append(full ? (met ? "met" : "**missed**") : "—").append(" |\n");
    }

    /** The server's CPU time (ms) over the given phases, per operation; "?" without the figures. */
    private String cpuPer(double operations, String... phases) {
        double total = 0;
        for (var p : phases) {
            total += d("cpu." + p + ".to") - d("cpu." + p + ".from");
        }
        return Double.isNaN(total) || operations <= 0 ? "?" : String.format(Locale.ROOT, "%.2f ms", total / operations);
    }

    private String get(String key) {
        var v = f.getProperty(key);
        return v == null || v.isBlank() ? "?" : v.strip();
    }

    private double d(String key) {
        try {
            return Double.parseDouble(get(key));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String num(String key) {
        double v = d(key);
        return Double.isNaN(v) ? get(key) : String.format(Locale.ROOT, "%,.0f", v);
    }

    private String seconds(String msKey) {
        double v = d(msKey);
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.3f", v / 1000);
    }

    private String kib(String key) {
        return String.format(Locale.ROOT, "%,.0f KiB", d(key) / 1024);
    }

    private String mib(String key) {
        return String.format(Locale.ROOT, "%.1f MiB", d(key) / 1024 / 1024);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%.2f×", v);
    }
}
