package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The simulator's figures side by side (issue 19): one column per variant of the settings, the
 * defaults first; and the simulator's pure parts checked without a server ({@code --self-check}).
 *
 * <pre>
 * simulation-emails  JDBC_URL USER SECRETS          the outbox's emails of the simulator's orders, by reason
 *                                                   and status (read from the stopped database)
 * simulation-report  RESULTS_MD FIGURES...          the results file, one column per figures file
 * simulation-check                                  the world's distributions, its seed, the table
 * </pre>
 */
final class SimulationReport {

    static final String NOTES = "<!-- notes: written by hand, kept when the table is drawn again -->";
    static final List<String> CAUSES = List.of("ORDERED_TOO_LATE", "PRINTED_LATE", "LOST_LETTER", "EMAIL_TOO_LATE",
            "LETTER_LATE_WITHOUT_EMAIL");
    static final List<String> BUCKETS = List.of("below_0", "0_2", "3_6", "7_13", "14_27", "28_up");
    static final List<String> REASONS = List.of("DELAYED", "AT_RISK", "REMINDER", "SUPPORT", "REPLACEMENT",
            "BALANCE_DUE", "CONFIRMATION", "STANDING_ORDER");

    private SimulationReport() {
    }

    /** Margins (days held before expiry) in the dashboard's kind of buckets. */
    static Map<String, Long> buckets(List<Long> margins) {
        Map<String, Long> b = new LinkedHashMap<>();
        BUCKETS.forEach(k -> b.put(k, 0L));
        for (long m : margins) {
            var key = m < 0 ? "below_0" : m <= 2 ? "0_2" : m <= 6 ? "3_6" : m <= 13 ? "7_13" : m <= 27 ? "14_27" : "28_up";
            b.merge(key, 1L, Long::sum);
        }
        return b;
    }

    /** The nearest-rank percentile; empty for no values. */
    static String percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return "";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Long.toString(sorted.get(Math.max(0, rank - 1)));
    }

    static void emails(String[] args) throws SQLException {
        var secrets = Main.secrets(args[2]);
        try (var db = DriverManager.getConnection(args[0], args[1], Main.secret(secrets, "db.password"));
             var query = db.prepareStatement("SELECT e.reason, e.status, COUNT(*) FROM email_outbox e "
                     + "JOIN customer_order o ON o.id = e.order_id WHERE o.external_reference LIKE 'SIM-%' "
                     + "GROUP BY e.reason, e.status ORDER BY e.reason, e.status");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                Main.figure("email." + rows.getString(1) + "." + rows.getString(2), rows.getLong(3));
            }
        }
    }

    static void run(String[] args) {
        List<Properties> runs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            var p = new Properties();
            try (var in = Files.newBufferedReader(Path.of(args[i]))) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            runs.add(p);
        }
        var out = Path.of(args[0]);
        try {
            // the notes below the marker are written by hand about a run: kept when the table is drawn again
            var notes = Files.exists(out) && Files.readString(out).contains(NOTES)
                    ? Files.readString(out).substring(Files.readString(out).indexOf(NOTES)) : "";
            Files.writeString(out, markdown(runs, LocalDate.now()) + (notes.isEmpty() ? "" : "\n" + notes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Main.progress("results: " + out);
    }

    /** The results file: how the run was made, then one table with a column per variant. */
    static String markdown(List<Properties> runs, LocalDate today) {
        var first = runs.get(0);
        var md = new StringBuilder("# The customer promise, simulated: results\n\n");
        md.append("Written by `fulfilment-web/bench/simulate` (issue 19). Each column is a fresh server and database ")
                .append("given a synthetic year of orders through its API, with its clock moved a day at a time; ")
                .append("every figure is the application's own answer (`/api/promise.csv`, the dispatches' postage, ")
                .append("its outbox), except the lines marked *world*, which the simulator knows and the ")
                .append("application cannot. How the world is made: `bench/client/com/renewalpost/bench/World.java`.\n\n");
        md.append("- command: `").append(first.getProperty("run.command", "")).append("` (")
                .append(first.getProperty("run.seconds", "?")).append(" s in all)\n");
        md.append("- date: ").append(first.getProperty("run.date", today.toString())).append(", commit `")
                .append(first.getProperty("run.commit", "?")).append("`, seed ").append(first.getProperty("run.seed", "?"))
                .append("\n");
        md.append("- machine: ").append(first.getProperty("machine", "?"))
                .append(" (shared with other work: the durations are wall-clock and say little; the figures are counts)\n\n");

        md.append("| | ").append(join(runs, r -> "**" + r.getProperty("variant.name") + "**")).append(" |\n");
        md.append("|---|").append("---:|".repeat(runs.size())).append("\n");
        row(md, runs, "settings changed", r -> r.getProperty("variant.settings", "—"));
        row(md, runs, "orders (post / web / marketplace)", r -> n(r, "promise.rows") + " (" + n(r, "orders.post") + " / "
                + n(r, "orders.web") + " / " + n(r, "orders.marketplace") + ")");
        row(md, runs, "simulated days; warehouse prints a day", r -> days(r) + "; " + n(r, "sim.capacity_per_day"));
        row(md, runs, "letters posted; print-run lines not printed (no code in stock, …)",
                r -> n(r, "letters.posted") + "; " + n(r, "print.not_printed"));
        row(md, runs, "*world:* letters lost / very late", r -> n(r, "letters.lost") + " / " + n(r, "letters.very_late"));
        row(md, runs, "*world:* letters arriving after the plan's expiry", r -> n(r, "world.letter_after_expiry"));
        row(md, runs, "*world:* days the mail server was down", r -> n(r, "days.mail_down"));
        row(md, runs, "held by letter / by email / still pending", r -> n(r, "promise.held_by_letter") + " / "
                + n(r, "promise.held_by_email") + " / " + n(r, "promise.pending"));
        row(md, runs, "**lapses**", r -> "**" + lapses(r) + "** (" + pct(lapses(r), l(r, "promise.rows")) + ")");
        for (var cause : CAUSES) {
            row(md, runs, "— " + cause.toLowerCase().replace('_', ' '), r -> n(r, "lapse." + cause));
        }
        row(md, runs, "  of which no email address / email failed", r -> n(r, "lapse.LETTER_LATE_WITHOUT_EMAIL.no_address")
                + " / " + n(r, "lapse.LETTER_LATE_WITHOUT_EMAIL.email_failed"));
        row(md, runs, "**preventable lapses** (goal 0)", r -> "**" + preventable(r) + "**");
        row(md, runs, "customers with email holding the code ≥ 3 days before expiry (goal all)",
                r -> n(r, "promise.with_email_held_3_days") + " of " + n(r, "promise.with_email") + " ("
                        + pct(l(r, "promise.with_email_held_3_days"), l(r, "promise.with_email")) + ")");
        row(md, runs, "  short of 3 days, by cause: " + String.join(" / ", CAUSES.stream()
                .map(c -> c.toLowerCase().replace('_', ' ')).toList()), r -> String.join(" / ",
                CAUSES.stream().map(c -> n(r, "short.with_email." + c)).toList()));
        row(md, runs, "  short of 3 days: *world:* customers who ordered only 1–6 days ahead",
                r -> n(r, "short.with_email.world_late_customer"));
        row(md, runs, "margin, days: p5 / median / p95", r -> r.getProperty("margin.p5", "") + " / "
                + r.getProperty("margin.p50", "") + " / " + r.getProperty("margin.p95", ""));
        row(md, runs, "margins < 0 / 0–2 / 3–6 / 7–13 / 14–27 / ≥ 28 days", r -> String.join(" / ",
                BUCKETS.stream().map(b -> n(r, "margin." + b)).toList()));
        for (var reason : REASONS) {
            if (runs.stream().anyMatch(r -> emails(r, reason) > 0)) {
                row(md, runs, "emails " + reason.toLowerCase().replace('_', ' ') + " sent (not sent¹)",
                        r -> String.format("%,d (%,d)", l(r, "email." + reason + ".SENT"),
                                emails(r, reason) - l(r, "email." + reason + ".SENT")));
            }
        }
        row(md, runs, "service choice: orders proposed a faster service / confirmed / no service in time",
                r -> n(r, "choice.proposed") + " / " + n(r, "choice.confirmed") + " / " + n(r, "choice.no_service_in_time"));
        row(md, runs, "service choice: extra postage; *world:* letters it brought in time that their own service would not",
                r -> r.getProperty("choice.extra_postage", "0") + " / " + n(r, "choice.letters_saved"));
        row(md, runs, "postage spent", r -> postage(r));
        row(md, runs, "postage per letter", r -> postagePerLetter(r));
        row(md, runs, "duration of the variant (s): server start, setup, simulated year", r -> n(r, "variant.seconds"));
        md.append("\n¹ failed or given up, with those to customers who gave no address (refused by the world's mail ")
                .append("server), or still waiting at the end.\n");
        return md.toString();
    }

    static long lapses(Properties r) {
        return CAUSES.stream().mapToLong(c -> l(r, "lapse." + c)).sum();
    }

    /**
     * The goal counts every lapse but those the business could not prevent: ordered too late,
     * and a letter late to a customer who gave no email address.
     */
    static long preventable(Properties r) {
        return lapses(r) - l(r, "lapse.ORDERED_TOO_LATE") - l(r, "lapse.LETTER_LATE_WITHOUT_EMAIL.no_address");
    }

    private static long emails(Properties r, String reason) {
        return r.stringPropertyNames().stream().filter(k -> k.startsWith("email." + reason + "."))
                .mapToLong(k -> l(r, k)).sum();
    }

    private static String postage(Properties r) {
        var parts = r.stringPropertyNames().stream().filter(k -> k.startsWith("postage.")).sorted()
                .map(k -> r.getProperty(k) + " " + k.substring("postage.".length())).toList();
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    private static String postagePerLetter(Properties r) {
        long letters = l(r, "letters.posted");
        var parts = r.stringPropertyNames().stream().filter(k -> k.startsWith("postage.")).sorted()
                .map(k -> String.format("%.2f %s", Double.parseDouble(r.getProperty(k)) / Math.max(1, letters),
                        k.substring("postage.".length()))).toList();
        return parts.isEmpty() ? "—" : String.join(", ", parts);
    }

    private static String days(Properties r) {
        var start = r.getProperty("sim.start");
        var end = r.getProperty("sim.end");
        if (start == null || end == null) {
            return "?";
        }
        return Long.toString(LocalDate.parse(end).toEpochDay() - LocalDate.parse(start).toEpochDay());
    }

    private static void row(StringBuilder md, List<Properties> runs, String label, Function<Properties, String> cell) {
        md.append("| ").append(label).append(" | ").append(join(runs, cell)).append(" |\n");
    }

    private static String join(List<Properties> runs, Function<Properties, String> cell) {
        return String.join(" | ", runs.stream().map(cell).toList());
    }

    private static long l(Properties r, String key) {
        var v = r.getProperty(key);
        return v == null || v.isBlank() ? 0 : Long.parseLong(v.trim());
    }

    private static String n(Properties r, String key) {
        return String.format("%,d", l(r, key));
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "—" : String.format("%.2f %%", 100.0 * part / whole);
    }

    // ---- self-check: the pure parts, without a server ---------------------------------------------

    static void selfCheck() {
        var start = LocalDate.of(2027, 1, 4);
        // the same seed makes the same world; another seed another one
        var a = new World(42, 2000, start, 365, World.Services.MIXED);
        var b = new World(42, 2000, start, 365, World.Services.MIXED);
        var c = new World(43, 2000, start, 365, World.Services.MIXED);
        check(a.orders.equals(b.orders), "the same seed gives the same orders");
        check(java.util.Arrays.equals(a.mailDown, b.mailDown), "the same seed gives the same outages");
        check(!a.orders.equals(c.orders), "another seed gives other orders");
        var tracked = new World(42, 2000, start, 365, World.Services.ALL_TRACKED);
        for (int i = 0; i < a.orders.size(); i++) {
            var x = a.orders.get(i);
            var y = tracked.orders.get(i);
            check(x.index() == y.index() && x.arrives().equals(y.arrives()) && x.expires().equals(y.expires())
                    && x.channel() == y.channel(), "a service variant keeps every other draw of the world");
            check(y.service().equals("TRACKED_LETTER"), "all tracked");
        }

        // transit: the standard is the 80th percentile of the ordinary letters; 1 % lost, 2 % very late
        var r = new SplittableRandom(7);
        int n = 200_000;
        int standard = 8;
        long lost = 0;
        long veryLate = 0;
        long within = 0;
        long ordinary = 0;
        for (int i = 0; i < n; i++) {
            var t = World.transit(standard, r);
            if (t.lost()) {
                lost++;
            } else if (t.veryLate()) {
                veryLate++;
                check(t.days() >= 2 * standard, "a very late letter takes twice the standard or more");
            } else {
                ordinary++;
                check(t.days() >= 1, "a letter takes a day at least");
                if (t.days() <= standard) {
                    within++;
                }
            }
        }
        check(Math.abs(lost / (double) n - 0.01) < 0.002, "1 % lost: " + lost);
        check(Math.abs(veryLate / (double) n - 0.02) < 0.002, "2 % very late: " + veryLate);
        double p80 = within / (double) ordinary;
        // whole days: the standard itself counts as in time, so a little over 80 %
        check(p80 > 0.78 && p80 < 0.90, "the standard is about the 80th percentile: " + p80);
        // the long tail: some ordinary letters take half as long again
        check(a.orders.stream().filter(World.Order::late).count() > 60, "some customers order late");
        check(a.orders.stream().filter(o -> o.email() == null).allMatch(o -> o.channel() == World.Channel.POST),
                "only post customers lack an email address");
        check(a.orders.stream().allMatch(o -> o.expires().isAfter(o.arrives())), "every plan expires after its order");
        int down = 0;
        for (boolean d : a.mailDown) {
            down += d ? 1 : 0;
        }
        check(down > 3 && down < 40, "a few days of mail outage a year: " + down);

        // the table
        check(buckets(List.of(-3L, 0L, 2L, 3L, 7L, 13L, 14L, 40L)).values().stream().toList()
                .equals(List.of(1L, 2L, 1L, 2L, 1L, 1L)), "margin buckets");
        check(percentile(List.of(5L, 1L, 3L, 2L, 4L), 50).equals("3"), "median");
        check(percentile(List.of(), 50).isEmpty(), "no values, no percentile");
        var p = new Properties();
        p.setProperty("variant.name", "defaults");
        p.setProperty("promise.rows", "100");
        p.setProperty("lapse.ORDERED_TOO_LATE", "4");
        p.setProperty("lapse.EMAIL_TOO_LATE", "1");
        p.setProperty("lapse.LETTER_LATE_WITHOUT_EMAIL", "3");
        p.setProperty("lapse.LETTER_LATE_WITHOUT_EMAIL.no_address", "2");
        p.setProperty("lapse.LETTER_LATE_WITHOUT_EMAIL.email_failed", "1");
        p.setProperty("email.DELAYED.SENT", "9");
        p.setProperty("email.DELAYED.FAILED", "1");
        check(lapses(p) == 8, "lapses add up");
        check(preventable(p) == 2, "ordered too late and no address are not preventable");
        var md = markdown(List.of(p, p), start);
        check(md.contains("| **lapses** | **8** (8.00 %) | **8** (8.00 %) |"), "the lapses row: " + md);
        check(md.contains("| emails delayed sent (not sent¹) | 9 (1) | 9 (1) |"), "the emails row");
        p.setProperty("short.with_email.ORDERED_TOO_LATE", "5");
        p.setProperty("short.with_email.LETTER_LATE_WITHOUT_EMAIL", "2");
        p.setProperty("choice.proposed", "7");
        p.setProperty("choice.confirmed", "6");
        p.setProperty("choice.extra_postage", "12.30");
        p.setProperty("choice.letters_saved", "4");
        md = markdown(List.of(p), start);
        check(md.contains("letter late without email | 5 / 0 / 0 / 0 / 2 |"), "the shortfall row: " + md);
        check(md.contains("no service in time | 7 / 6 / 0 |"), "the service choice row");
        check(md.contains("would not | 12.30 / 4 |"), "the service choice's cost and saving");
        check(!md.contains("emails at risk"), "no row for a reason no variant sent");
        Main.progress("self-check passed");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new Api.Unexpected("self-check: " + what);
        }
    }
}
