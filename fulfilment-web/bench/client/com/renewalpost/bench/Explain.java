package com.renewalpost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark 5's query on its own: the SQL that EclipseLink makes of {@code Outbox.dueForCheck}'s
 * JPQL (written out here with its parameters as literals), its plan with the work each step did
 * ({@code EXPLAIN ANALYZE} on H2, {@code EXPLAIN (ANALYZE, BUFFERS)} on PostgreSQL), and how long
 * it takes alone, best of three, fetching every row as the application does.
 */
final class Explain {

    static final int AT_RISK_DAYS = 7;

    private Explain() {
    }

    /**
     * The delay scan's first and larger range (notifications.CodeEmailCandidates): letters in the post whose delivery
     * standard (kept on the order as standard_ends_on, grace not in it) ended before today less the grace days; the
     * second range, plans expiring within the at-risk window ({@link #atRiskQuery}), reads a handful.
     */
    static String scanQuery(java.time.LocalDate today) {
        return "SELECT o.id, o.address_country, o.postal_service, o.plan_expires_on, o.posted_on "
                + "FROM customer_order o WHERE o.status = 'POSTED' AND o.standard_ends_on >= DATE '1970-01-01' "
                + "AND o.standard_ends_on < DATE '" + today.minusDays(BulkLoad.GRACE_DAYS) + "' "
                + "AND EXISTS (SELECT c.id FROM activation_code c WHERE c.order_id = o.id AND c.status = 'ALLOCATED')";
    }

    /** The check's second range: plans expiring within the at-risk window, of the orders it has still to decide. */
    static String atRiskQuery(java.time.LocalDate today) {
        return "SELECT o.id, o.status, o.plan_expires_on FROM customer_order o "
                + "WHERE o.plan_expiry_watched >= DATE '1970-01-01' AND o.plan_expiry_watched <= DATE '"
                + today.plusDays(AT_RISK_DAYS) + "' AND o.status NOT IN ('DELIVERED', 'CANCELLED') "
                + "AND EXISTS (SELECT c.id FROM activation_code c WHERE c.order_id = o.id AND c.status = 'ALLOCATED') "
                + "AND NOT EXISTS (SELECT e.id FROM email_outbox e WHERE e.automatic_for_order = o.id)";
    }

    static void run(String[] args) throws SQLException {
        var url = args[0];
        var secrets = Main.secrets(args[2]);
        try (var db = DriverManager.getConnection(url, args[1], Main.secret(secrets, "db.password"))) {
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            var explain = postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
            var sql = scanQuery(Main.today());
            List<String> out = new ArrayList<>();
            out.add("-- " + db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion());
            out.add("-- the delay scan (CodeEmailCandidates.find, its range of posted letters)");
            out.add(sql);
            out.add("");
            out.addAll(lines(db, explain + sql));
            // once, in this fresh process: a repeat is no measure on H2, which hands back its last result
            // while nothing has changed
            long t = System.nanoTime();
            int rows = count(db, sql);
            Main.figure("scan.query_rows", rows);
            Main.figure("scan.query_ms", Main.millis(System.nanoTime() - t));
            var atRisk = atRiskQuery(Main.today());
            out.add("");
            out.add("-- the at-risk range (CodeEmailCandidates.find, plans expiring soon of the orders not yet decided)");
            out.add(atRisk);
            out.add("");
            out.addAll(lines(db, explain + atRisk));

            // what a webhook event and a tracking lookup ask first: the letter's shipment, newest first
            List<String> trackingNumbers = new ArrayList<>();
            List<Long> orderIds = new ArrayList<>();
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT tracking_number, order_id FROM shipment "
                    + "WHERE tracking_number IS NOT NULL ORDER BY id FETCH FIRST 200 ROWS ONLY")) {
                while (r.next()) {
                    trackingNumbers.add(r.getString(1));
                    orderIds.add(r.getLong(2));
                }
            }
            perRequest(db, out, explain, "shipment.by_tracking_number",
                    "a webhook event's letter (TrackingEvents.lockedShipmentFor)", trackingNumbers.stream()
                            .map(n -> "SELECT s.id, s.order_id FROM shipment s WHERE s.tracking_number = '" + n
                                    + "' ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY").toList());
            perRequest(db, out, explain, "shipment.of_order", "an order's letter (Shipments.ofOrder, the tracking page)",
                    orderIds.stream().map(id -> "SELECT s.id, s.tracking_number, s.posted_on FROM shipment s "
                            + "WHERE s.order_id = " + id + " ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY").toList());
            Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query every request makes, for different letters: the plan of the first, the mean time of all. */
    private static void perRequest(Connection db, List<String> out, String explain, String name, String what,
                                   List<String> sqls) throws SQLException {
        out.add("");
        out.add("-- " + what);
        out.add(sqls.get(0));
        out.add("");
        out.addAll(lines(db, explain + sqls.get(0)));
        long t = System.nanoTime();
        for (var sql : sqls) {
            count(db, sql);
        }
        Main.figure("query." + name + "_ms", String.format("%.3f", (System.nanoTime() - t) / 1e6 / sqls.size()));
    }

    private static List<String> lines(Connection db, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            while (r.next()) {
                lines.addAll(Arrays.asList(r.getString(1).split("\n")));
            }
        }
        return lines;
    }

    private static int count(Connection db, String sql) throws SQLException {
        int rows = 0;
        try (var s = db.createStatement()) {
            s.setFetchSize(1_000);
            try (var r = s.executeQuery(sql)) {
                while (r.next()) {
                    r.getObject(1);
                    rows++;
                }
            }
        }
        return rows;
    }
}
