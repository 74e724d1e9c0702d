package com.renewalpost.fulfilment.system.server;

import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.notifications.CodeEmailCheck;
import com.renewalpost.fulfilment.notifications.OutboxWorker;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.staff.PasswordHashing;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system tests' hand on time: {@code POST /system-test/control?advance=P12D} moves the
 * application's clock forward; {@code ?run=code-email-check} and {@code ?run=outbox} run those
 * scheduled jobs now instead of at their next tick; {@code ?seed-queued=50000&sku=X} fills the queue
 * and {@code ?remove-seeded=X} empties it again; {@code ?heap=reset-peak|read} tells the heap's use;
 * {@code ?staff=NAME&roles=A,B} with a form field {@code password} puts a ready staff account in
 * (its first password already chosen). Only in the system-test deployment.
 */
@WebServlet("/system-test/control")
public class SystemTestControl extends HttpServlet {

    @Inject
    MovableClock clock;
    @Inject
    CodeEmailCheck codeEmailCheck;
    @Inject
    OutboxWorker outbox;
    @Inject
    PasswordHashing hashing;
    @Resource(lookup = "java:app/jdbc/fulfilment")
    DataSource database;

    /** Seeded orders' ids start here, far past anything the sequence hands out in a test run. */
    private static final long SEEDED_IDS = 9_000_000_000L;
    /** The hash of each password the tests gave their accounts: PBKDF2 once per password, not per account. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        if (request.getParameter("advance") != null) {
            clock.advance(Duration.parse(request.getParameter("advance")));
            answer = "now " + clock.instant();
        } else if ("code-email-check".equals(request.getParameter("run"))) {
            answer = "queued " + codeEmailCheck.run();
        } else if ("outbox".equals(request.getParameter("run"))) {
            answer = "sent " + outbox.sendDue();
        } else if (request.getParameter("seed-queued") != null) {
            answer = "seeded " + seedQueued(Integer.parseInt(request.getParameter("seed-queued")),
                    request.getParameter("sku"));
        } else if (request.getParameter("staff") != null) {
            answer = "staff " + newStaff(request.getParameter("staff"), request.getParameter("roles"),
                    request.getParameter("password"));
        } else if (request.getParameter("remove-seeded") != null) {
            answer = "removed " + removeSeeded(request.getParameter("remove-seeded"));
        } else if ("reset-peak".equals(request.getParameter("heap"))) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            answer = heap();
        } else if ("read".equals(request.getParameter("heap"))) {
            answer = heap();
        } else {
            response.sendError(400, "advance=<ISO duration>, run=code-email-check|outbox, seed-queued=<n>&sku=<sku>, "
                    + "remove-seeded=<sku>, staff=<name>&roles=<A,B>&password=<form field> or heap=reset-peak|read");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    /**
     * Puts {@code count} queued orders of the product straight into the database, a thousand rows
     * per batch (50,000 in seconds; the API would take many minutes). Without a plan expiry they
     * sort after every other queued order, and their ids lie far beyond the sequence's.
     */
    private int seedQueued(int count, String sku) throws IOException {
        try (Connection db = database.getConnection()) {
            db.setAutoCommit(false);
            long productId;
            try (var find = db.prepareStatement("SELECT id FROM product WHERE sku = ?")) {
                find.setString(1, sku);
                try (ResultSet found = find.executeQuery()) {
                    if (!found.next()) {
                        throw new IllegalArgumentException("no product " + sku);
                    }
                    productId = found.getLong(1);
                }
            }
            long firstId;
            try (var max = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM customer_order WHERE id >= ?")) {
                max.setLong(1, SEEDED_IDS);
                try (ResultSet found = max.executeQuery()) {
                    found.next();
                    firstId = Math.max(SEEDED_IDS, found.getLong(1) + 1);
                }
            }
            var now = Timestamp.from(clock.instant());
            Set<String> numbers = new HashSet<>();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer_order (id, order_number, status, "
                    + "customer_name, customer_name_latin, customer_email, customer_language, address_street1, "
                    + "address_city, address_country, product_id, line_iccid, postal_service, channel, "
                    + "payment_method, payment_amount, payment_currency, created_at, updated_at, version) "
                    + "VALUES (?, ?, 'QUEUED', ?, ?, ?, 'en', ?, 'SUVA', 'FJ', ?, '8901260000000000007', "
                    + "'STANDARD_LETTER', 'POST', 'CHEQUE', 29.00, 'USD', ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    String number;
                    do {
                        number = OrderNumber.next().value();
                    } while (!numbers.add(number));
                    insert.setLong(1, firstId + i);
                    insert.setString(2, number);
                    insert.setString(3, "Seeded Customer " + i);
                    insert.setString(4, "SEEDED CUSTOMER " + i);
                    insert.setString(5, "seeded" + i + "@example.com");
                    insert.setString(6, i + " SEEDED ROAD");
                    insert.setLong(7, productId);
                    insert.setTimestamp(8, now);
                    insert.setTimestamp(9, now);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0 || i == count - 1) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IOException("seeding failed", e);
        }
    }

    /**
     * A staff account as the admin would have made it and its owner then readied by choosing their
     * password: the row written directly, so that a test's new colleague costs one hash per run
     * instead of four per account (PBKDF2, 600,000 rounds each). Ids lie past the sequence's.
     */
    private synchronized long newStaff(String username, String roles, String password) throws IOException {
        var now = Timestamp.from(clock.instant());
        var sorted = String.join(",", new java.util.TreeSet<>(Arrays.asList(roles.split(","))));
        var hash = hashes.computeIfAbsent(password, hashing::hash);
        try (Connection db = database.getConnection()) {
            long id;
            try (var max = db.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM staff_account WHERE id >= ?")) {
                max.setLong(1, SEEDED_IDS);
                try (ResultSet found = max.executeQuery()) {
                    found.next();
                    id = Math.max(SEEDED_IDS, found.getLong(1) + 1);
                }
            }
            try (var insert = db.prepareStatement("INSERT INTO staff_account (id, username, display_name, "
                    + "password_hash, roles, enabled, must_change_password, failed_logins, sessions_valid_from, "
                    + "created_at, version) VALUES (?, ?, ?, ?, ?, TRUE, FALSE, 0, ?, ?, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, username);
                insert.setString(3, "Staff " + username);
                insert.setString(4, hash);
                insert.setString(5, sorted);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IOException("could not add staff " + username, e);
        }
    }

    private int removeSeeded(String sku) throws IOException {
        try (Connection db = database.getConnection();
             var delete = db.prepareStatement("DELETE FROM customer_order WHERE id >= ? "
                     + "AND product_id = (SELECT id FROM product WHERE sku = ?)")) {
            delete.setLong(1, SEEDED_IDS);
            delete.setString(2, sku);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("removing failed", e);
        }
    }

    /** Used heap now and the peak of the old generation since the last reset, in bytes. */
    private static String heap() {
        long oldPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return "used=" + used + " oldPeak=" + oldPeak + " max=" + max;
    }
}
