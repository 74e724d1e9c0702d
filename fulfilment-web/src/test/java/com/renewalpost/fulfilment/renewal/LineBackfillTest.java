package com.renewalpost.fulfilment.renewal;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V24 makes the lines of the orders taken before it, as {@link Lines} would have kept them (H2, as in tests). */
class LineBackfillTest {

    private static final String ICCID = "8901260123456789012";
    private static final String PHONE = "+12025550123";

    record Row(String key, String kind, long latestOrder, String customer, String channel, String destination,
               LocalDate nextExpiry) {
    }

    @Test
    void eachLineFollowsItsLatestOrderThatWasNotCancelled() throws Exception {
        var url = "jdbc:h2:mem:lines-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("23").load().migrate();
        List<Row> rows = new ArrayList<>();
        try (var db = DriverManager.getConnection(url, "sa", "")) {
            product(db, 1, "MONTH", 30);
            product(db, 2, "YEAR", 365);
            // a line renewed twice: the newer order (another plan, the customer's new name) counts
            order(db, 10, ICCID, null, "QUEUED", 1, "Ana Old", "POST", "DE", LocalDate.of(2026, 1, 10), "2026-01-01");
            order(db, 11, ICCID, null, "DELIVERED", 2, "Ana New", "POST", "DE", LocalDate.of(2026, 2, 10), "2026-02-01");
            // a phone line whose customer gave no expiry
            order(db, 12, null, PHONE, "QUEUED", 1, "Bo", "WEB", "US", null, "2026-02-01");
            // a line whose only order was cancelled renews nothing
            order(db, 13, "8901260999999999999", null, "CANCELLED", 1, "Cy", "WEB", "FR", LocalDate.of(2026, 3, 1),
                    "2026-02-01");
            // a cancelled newer order leaves the line with the older one
            order(db, 14, "8901260111111111111", null, "POSTED", 1, "Di", "WEB", "JP", LocalDate.of(2026, 4, 1),
                    "2026-02-01");
            order(db, 15, "8901260111111111111", null, "CANCELLED", 2, "Di", "WEB", "JP", LocalDate.of(2026, 5, 1),
                    "2026-02-02");

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("24").load()
                    .migrate();

            try (var r = db.createStatement().executeQuery("SELECT line_key, line_kind, latest_order_id, "
                    + "customer_name, channel, destination, next_expires_on FROM renewal_line ORDER BY line_key")) {
                while (r.next()) {
                    var expiry = r.getDate(7);
                    rows.add(new Row(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                            r.getString(6), expiry == null ? null : expiry.toLocalDate()));
                }
            }
        }
        assertThat(rows).containsExactly(
                new Row(PHONE, "PHONE", 12, "Bo", "WEB", "US", null),
                new Row("8901260111111111111", "ICCID", 14, "Di", "WEB", "JP", LocalDate.of(2026, 5, 1)),
                new Row(ICCID, "ICCID", 11, "Ana New", "POST", "DE", LocalDate.of(2027, 2, 10)));
    }

    private static void product(Connection db, long id, String sku, int planDays) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO product (id, sku, name, kind, plan_days, data_allowance, "
                + "price_amount, price_currency, weight_grams, hs_code, customs_description, low_stock_threshold, "
                + "active, version) VALUES (?, ?, ?, 'ESIM_PROFILE', ?, '5 GB', 10, 'USD', 20, '852352', 'eSIM card', 5, "
                + "TRUE, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, sku);
            insert.setString(3, sku);
            insert.setInt(4, planDays);
            insert.executeUpdate();
        }
    }

    private static void order(Connection db, long id, String iccid, String phone, String status, long product,
                              String name, String channel, String country, LocalDate expiry, String day)
            throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO customer_order (id, order_number, status, customer_name, "
                + "customer_name_latin, customer_email, customer_language, address_street1, address_country, "
                + "product_id, line_iccid, line_phone, plan_expires_on, postal_service, channel, payment_method, "
                + "payment_amount, payment_currency, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, "
                + "'c@example.com', 'en', '1 Main St', ?, ?, ?, ?, ?, 'STANDARD_LETTER', ?, 'CHEQUE', 10, 'USD', "
                + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), 0)")) {
            var at = day + " 10:00:00+00";
            insert.setLong(1, id);
            insert.setString(2, "RP-" + id);
            insert.setString(3, status);
            insert.setString(4, name);
            insert.setString(5, name);
            insert.setString(6, country);
            insert.setLong(7, product);
            insert.setString(8, iccid);
            insert.setString(9, phone);
            insert.setDate(10, expiry == null ? null : Date.valueOf(expiry));
            insert.setString(11, channel);
            insert.setString(12, at);
            insert.setString(13, at);
            insert.executeUpdate();
        }
    }
}
