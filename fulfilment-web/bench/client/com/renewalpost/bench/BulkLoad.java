package com.renewalpost.bench;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark 5's data: N letters posted over the last weeks and not yet delivered, as the
 * application itself would have left them (order with its timeline, allocated and encrypted code,
 * print run line, shipment with S10 number and postage, dispatch, and for the letters already
 * found late their sent code email), written with JDBC batches while the server is stopped (an
 * H2 file admits one process) or straight into PostgreSQL. Ids come from the application's own
 * sequences, which are moved past them, so the server carries on numbering after restart.
 *
 * <p>Of every 100 letters, 90 are within their delivery standard plus the grace days, 9 were late
 * and have had their email, and 1 has just become late: the check must find and email it.
 */
final class BulkLoad {

    static final int GRACE_DAYS = 3;
    private static final String[] SEQUENCES = {"customer_order_seq", "order_timeline_seq", "activation_code_seq",
            "print_run_seq", "print_run_item_seq", "shipment_seq", "dispatch_seq", "email_outbox_seq",
            "email_attempt_seq"};
    private static final int BATCH = 1_000;

    enum Category { ON_TIME, EMAILED, DUE }

    private BulkLoad() {
    }

    static Category category(int i) {
        int r = i % 100;
        return r == 0 ? Category.DUE : r < 10 ? Category.EMAILED : Category.ON_TIME;
    }

    /** The orders' milestones from their timelines: the statement of migration V30__tracking_summary.sql. */
    private static final String MILESTONES = "UPDATE customer_order SET milestones = ("
            + "SELECT STRING_AGG(t.to_status || '@' || CAST(EXTRACT(EPOCH FROM t.occurred_at) AS VARCHAR(40)), ';' "
            + "ORDER BY t.occurred_at, t.id) FROM order_timeline t "
            + "WHERE t.order_id = customer_order.id AND t.kind = 'TRANSITION' AND t.to_status <> 'ON_HOLD' "
            + "AND NOT EXISTS (SELECT 1 FROM order_timeline f WHERE f.order_id = t.order_id AND f.kind = 'TRANSITION' "
            + "AND f.to_status = t.to_status AND (f.occurred_at < t.occurred_at "
            + "OR (f.occurred_at = t.occurred_at AND f.id < t.id)))) WHERE milestones IS NULL";

    static void run(String[] args) throws Exception {
        var url = args[0];
        var user = args[1];
        var secrets = Main.secrets(args[2]);
        int letters = Integer.parseInt(args[3]);
        var out = Path.of(args[4]);
        long started = System.nanoTime();
        try (var db = DriverManager.getConnection(url, user, Main.secret(secrets, "db.password"))) {
            db.setAutoCommit(false);
            var loader = new Loader(db, secrets);
            var tsv = loader.load(letters);
            try {
                Files.write(out, tsv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Main.progress(letters + " posted letters loaded (" + loader.rows + " rows) in "
                    + Main.seconds(System.nanoTime() - started) + " s");
            Main.figure("bulk.letters", letters);
            Main.figure("bulk.rows", loader.rows);
            Main.figure("bulk.due", loader.counts.get(Category.DUE));
            Main.figure("bulk.emailed", loader.counts.get(Category.EMAILED));
            Main.figure("bulk.seconds", Main.seconds(System.nanoTime() - started));
        }
    }

    private static final class Loader {
        final Connection db;
        final boolean postgres;
        final byte[] codeKey;
        final String codeKeyId;
        final byte[] fingerprintKey;
        final SecureRandom secure = new SecureRandom();
        final Random random = new Random(20261127L);
        final Map<String, Long> productIds = new HashMap<>();
        final Map<String, Integer> transitDays = new HashMap<>();
        final Map<String, String> zones = new HashMap<>();
        final Map<String, Object[]> rates = new HashMap<>();
        final Map<String, Long> next = new LinkedHashMap<>();
        final Map<LocalDate, long[]> runs = new HashMap<>();
        final Map<LocalDate, long[]> dispatches = new HashMap<>();
        final Set<String> numbers = new HashSet<>();
        final Map<Category, Integer> counts = new HashMap<>();
        long rows;

        PreparedStatement order;
        PreparedStatement timeline;
        PreparedStatement code;
        PreparedStatement run;
        PreparedStatement runItem;
        PreparedStatement dispatch;
        PreparedStatement shipment;
        PreparedStatement trackingNumber;
        PreparedStatement email;
        PreparedStatement attempt;

        Loader(Connection db, java.util.Properties secrets) throws SQLException {
            this.db = db;
            this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            var key = Main.secret(secrets, "codes.key");
            this.codeKeyId = key.substring(0, key.indexOf(':'));
            this.codeKey = Base64.getDecoder().decode(key.substring(key.indexOf(':') + 1));
            this.fingerprintKey = Base64.getDecoder().decode(Main.secret(secrets, "codes.fingerprint-key"));
            for (var c : Category.values()) {
                counts.put(c, 0);
            }
        }

        List<String> load(int letters) throws SQLException {
            readReferenceData();
            for (var sequence : SEQUENCES) {
                next.put(sequence, nextValue(sequence));
            }
            prepare();
            var today = Main.today();
            var now = OffsetDateTime.now(ZoneOffset.UTC);
            List<String> tsv = new ArrayList<>(letters);
            for (int i = 0; i < letters; i++) {
                tsv.add(letter(i, today, now));
                if ((i + 1) % BATCH == 0 || i == letters - 1) {
                    flush();
                    if ((i + 1) % (BATCH * 10) == 0) {
                        db.commit();
                        Main.progress((i + 1) + " letters");
                    }
                }
            }
            db.commit();
            try (var s = db.createStatement()) {
                // what the application keeps on each order's row for its customers' tracking, as migration V30 fills it in
                s.executeUpdate(MILESTONES);
            }
            db.commit();
            for (var e : next.entrySet()) {
                // past every id used here, with room for the block EclipseLink takes below the value it reads
                try (var s = db.createStatement()) {
                    s.execute("ALTER SEQUENCE " + e.getKey() + " RESTART WITH " + (e.getValue() + 100));
                }
            }
            try (var s = db.createStatement()) {
                // statistics as a live database would have them, for the planner
                s.execute("ANALYZE");
            }
            db.commit();
            return tsv;
        }

        private void readReferenceData() throws SQLException {
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT id, sku FROM product")) {
                while (r.next()) {
                    productIds.put(r.getString(2), r.getLong(1));
                }
            }
            for (var p : OrderData.PRODUCTS) {
                if (!productIds.containsKey(p.sku())) {
                    throw new Api.Unexpected("no product " + p.sku() + " in the database (start once in demo mode)");
                }
            }
            try (var s = db.createStatement(); var r = s.executeQuery(
                    "SELECT destination, service, COALESCE(learned_days, transit_days) FROM delivery_standard")) {
                while (r.next()) {
                    transitDays.put(r.getString(1) + "/" + r.getString(2), r.getInt(3));
                }
            }
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT country, zone FROM postage_zone")) {
                while (r.next()) {
                    zones.put(r.getString(1), r.getString(2));
                }
            }
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT service, zone, id, price_amount, "
                    + "price_currency FROM postage_rate ORDER BY max_weight_grams DESC")) {
                while (r.next()) {
                    // the lightest band wins (read last): a letter weighs 20 g
                    rates.put(r.getString(1) + "/" + r.getString(2),
                            new Object[]{r.getLong(3), r.getBigDecimal(4), r.getString(5)});
                }
            }
            try (var s = db.createStatement(); var r = s.executeQuery("SELECT order_number FROM customer_order")) {
                while (r.next()) {
                    numbers.add(r.getString(1));
                }
            }
        }

        private long nextValue(String sequence) throws SQLException {
            try (var s = db.createStatement(); var r = s.executeQuery(postgres
                    ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence)) {
                r.next();
                return r.getLong(1) + 1;
            }
        }

        private long id(String sequence) {
            return next.merge(sequence, 1L, Long::sum) - 1;
        }

        private void prepare() throws SQLException {
            order = db.prepareStatement("INSERT INTO customer_order (id, order_number, status, customer_name, "
                    + "customer_name_latin, customer_email, customer_language, address_street1, address_locality, "
                    + "address_city, address_region, address_postcode, address_country, product_id, line_iccid, "
                    + "plan_expires_on, postal_service, channel, external_reference, payment_method, payment_reference, "
                    + "payment_amount, payment_currency, created_at, updated_at, posted_on, standard_ends_on, plan_expiry_watched, "
                    + "version) VALUES (?, ?, 'POSTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WEB', ?, 'CARD', ?, ?, "
                    + "'USD', ?, ?, ?, ?, ?, 6)");
            timeline = db.prepareStatement("INSERT INTO order_timeline (id, order_id, occurred_at, actor, kind, "
                    + "from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            code = db.prepareStatement("INSERT INTO activation_code (id, product_id, ciphertext, fingerprint, status, "
                    + "order_id, imported_at, allocated_at, version) VALUES (?, ?, ?, ?, 'ALLOCATED', ?, ?, ?, 1)");
            run = db.prepareStatement("INSERT INTO print_run (id, run_date, day_number, selection, created_at, "
                    + "created_by, completed_at, version) VALUES (?, ?, 1, 'next 1000 of the queue', ?, 'warehouse', ?, 1)");
            runItem = db.prepareStatement("INSERT INTO print_run_item (id, print_run_id, line, order_id, outcome, "
                    + "tracking_number) VALUES (?, ?, ?, ?, 'PRINTED', ?)");
            dispatch = db.prepareStatement("INSERT INTO dispatch (id, posting_date, post_office, status, opened_at, "
                    + "opened_by, closed_at, closed_by, version) VALUES (?, ?, 'Weehawken NJ 07086', 'CLOSED', ?, "
                    + "'warehouse', ?, 'warehouse', 1)");
            shipment = db.prepareStatement("INSERT INTO shipment (id, order_id, print_run_id, postal_service, "
                    + "destination, weight_grams, tracking_number, tracking_source, created_at, packed_at, packed_by, "
                    + "packing_station, dispatch_id, dispatch_line, added_to_dispatch_at, postage_zone, postage_amount, "
                    + "postage_currency, postage_rate_id, postage_source, posted_on, version) "
                    + "VALUES (?, ?, ?, ?, ?, 20, ?, ?, ?, ?, 'warehouse', 'station-1', ?, ?, ?, ?, ?, ?, ?, 'TARIFF', ?, 3)");
            trackingNumber = db.prepareStatement("INSERT INTO tracking_number (number, order_id, source, issued_at) "
                    + "VALUES (?, ?, 'RANGE', ?)");
            email = db.prepareStatement("INSERT INTO email_outbox (id, order_id, reason, send_number, "
                    + "automatic_for_order, template, recipient, message_id, requested_by, status, queued_at, "
                    + "next_attempt_at, attempt_count, settled_at, last_reply, version) "
                    + "VALUES (?, ?, 'DELAYED', 0, ?, 'CODE_DELAYED', ?, ?, 'delay-check', 'SENT', ?, ?, 1, ?, "
                    + "'250 2.0.0 Ok: queued', 2)");
            attempt = db.prepareStatement("INSERT INTO email_attempt (id, email_id, attempted_at, outcome, reply) "
                    + "VALUES (?, ?, ?, 'ACCEPTED', '250 2.0.0 Ok: queued')");
        }

        private String letter(int i, LocalDate today, OffsetDateTime now) throws SQLException {
            var person = OrderData.person(i);
            var product = OrderData.product(i);
            var service = OrderData.postalService(i);
            int transit = transitDays.getOrDefault(person.country() + "/" + service,
                    transitDays.getOrDefault("*/" + service, 14));
            var category = category(i);
            counts.merge(category, 1, Integer::sum);
            int daysAgo = switch (category) {
                case DUE -> transit + GRACE_DAYS + 1 + (i / 100) % 5;
                case EMAILED -> transit + GRACE_DAYS + 1 + i % 30;
                case ON_TIME -> (int) ((i * 7_919L) % (transit + GRACE_DAYS + 1));
            };
            var postedOn = today.minusDays(daysAgo);
            var printedOn = postedOn.minusDays(1);
            var received = at(postedOn.minusDays(2), 9, i);
            var printed = at(printedOn, 8, i);
            var packed = at(printedOn, 14, i);
            var posted = at(postedOn, 16, 0);

            long orderId = id("customer_order_seq");
            var number = orderNumber();
            var reference = "BULK-" + i;
            var email = OrderData.email(i, reference);
            order.setLong(1, orderId);
            order.setString(2, number);
            order.setString(3, person.name());
            order.setString(4, person.latin());
            order.setString(5, email);
            order.setString(6, person.language());
            order.setString(7, person.street());
            order.setString(8, person.locality());
            order.setString(9, person.city());
            order.setString(10, person.region());
            order.setString(11, person.postcode());
            order.setString(12, person.country());
            order.setLong(13, productIds.get(product.sku()));
            var iccid = OrderData.iccid(4_000_000 + i);
            order.setString(14, iccid);
            var planExpiresOn = today.plusDays(30 + i % 300);
            order.setObject(15, planExpiresOn);
            order.setString(16, service);
            order.setString(17, reference);
            order.setString(18, "PAY-" + reference);
            order.setBigDecimal(19, new BigDecimal(product.price()));
            order.setObject(20, received);
            order.setObject(21, posted);
            // as Order writes them: the posting day, and while no automatic email is queued the standard's end and
            // the plan's expiry for the at-risk check
            order.setObject(22, postedOn);
            if (category == Category.EMAILED) {
                order.setNull(23, java.sql.Types.DATE);
                order.setNull(24, java.sql.Types.DATE);
            } else {
                order.setObject(23, postedOn.plusDays(transit));
                order.setObject(24, planExpiresOn);
            }
            order.addBatch();
            rows++;

            transition(orderId, received, "api-key:bench", null, "RECEIVED", "Received by web");
            transition(orderId, received.plusSeconds(1), "api-key:bench", "RECEIVED", "QUEUED", "Order details valid");
            event(orderId, printed, "bench-warehouse", "CODE_ALLOCATED", "QUEUED", "Activation code allocated");
            transition(orderId, printed.plusSeconds(1), "bench-warehouse", "QUEUED", "PRINTED", "Printed in run "
                    + printedOn + " #1");
            transition(orderId, packed, "bench-warehouse", "PRINTED", "PACKED", "Letter and label scanned at station-1");
            transition(orderId, posted, "bench-warehouse", "PACKED", "POSTED", "Handed to the post");

            var plain = Setup.code(product.esim());
            code.setLong(1, id("activation_code_seq"));
            code.setLong(2, productIds.get(product.sku()));
            code.setString(3, encrypt(plain));
            code.setString(4, fingerprint(plain));
            code.setLong(5, orderId);
            code.setObject(6, received.minusDays(20));
            code.setObject(7, printed);
            code.addBatch();
            rows++;

            var runOfDay = runs.computeIfAbsent(printedOn, d -> newRun(d, at(d, 8, 0)));
            var dispatchOfDay = dispatches.computeIfAbsent(postedOn, d -> newDispatch(d, at(d, 15, 0), posted));
            String tracking = service.equals("STANDARD_LETTER") ? null
                    : s10(service.equals("TRACKED_LETTER") ? "LZ" : "RZ", i, "US");
            runItem.setLong(1, id("print_run_item_seq"));
            runItem.setLong(2, runOfDay[0]);
            runItem.setInt(3, (int) ++runOfDay[1]);
            runItem.setLong(4, orderId);
            runItem.setString(5, tracking);
            runItem.addBatch();
            rows++;

            var zone = zones.getOrDefault(person.country(), zones.get("*"));
            var rate = rates.get(service + "/" + zone);
            shipment.setLong(1, id("shipment_seq"));
            shipment.setLong(2, orderId);
            shipment.setLong(3, runOfDay[0]);
            shipment.setString(4, service);
            shipment.setString(5, person.country());
            shipment.setString(6, tracking);
            shipment.setString(7, tracking == null ? null : "RANGE");
            shipment.setObject(8, printed);
            shipment.setObject(9, packed);
            shipment.setLong(10, dispatchOfDay[0]);
            shipment.setInt(11, (int) ++dispatchOfDay[1]);
            shipment.setObject(12, packed.plusMinutes(5));
            shipment.setString(13, zone);
            shipment.setBigDecimal(14, rate == null ? null : (BigDecimal) rate[1]);
            shipment.setString(15, rate == null ? null : (String) rate[2]);
            shipment.setObject(16, rate == null ? null : rate[0]);
            shipment.setObject(17, postedOn);
            shipment.addBatch();
            rows++;
            if (tracking != null) {
                trackingNumber.setString(1, tracking);
                trackingNumber.setLong(2, orderId);
                trackingNumber.setObject(3, printed);
                trackingNumber.addBatch();
                rows++;
            }

            if (category == Category.EMAILED) {
                var queued = at(postedOn.plusDays(transit + GRACE_DAYS + 1), 0, i % 900);
                long emailId = id("email_outbox_seq");
                this.email.setLong(1, emailId);
                this.email.setLong(2, orderId);
                this.email.setLong(3, orderId);
                this.email.setString(4, email);
                this.email.setString(5, "<code-delayed." + number + "@renewalpost.invalid>");
                this.email.setObject(6, queued);
                this.email.setObject(7, queued);
                this.email.setObject(8, queued.plusSeconds(20));
                this.email.addBatch();
                attempt.setLong(1, id("email_attempt_seq"));
                attempt.setLong(2, emailId);
                attempt.setObject(3, queued.plusSeconds(20));
                attempt.addBatch();
                event(orderId, queued, "delay-check", "EMAIL", "POSTED", "Code email queued (letter delayed) for "
                        + email);
                event(orderId, queued.plusSeconds(20), "email-outbox", "EMAIL", "POSTED", "Code email (letter delayed) to "
                        + email + ", attempt 1: accepted by the mail server (250 2.0.0 Ok: queued)");
                rows += 2;
            }
            return number + "\t" + person.lookupFactor(iccid) + "\t" + (tracking == null ? "-" : tracking) + "\t"
                    + postedOn + "\t" + category;
        }

        private long[] newRun(LocalDate day, OffsetDateTime at) {
            long id = id("print_run_seq");
            try {
                run.setLong(1, id);
                run.setObject(2, day);
                run.setObject(3, at);
                run.setObject(4, at.plusMinutes(3));
                run.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            rows++;
            return new long[]{id, 0};
        }

        private long[] newDispatch(LocalDate day, OffsetDateTime opened, OffsetDateTime closed) {
            long id = id("dispatch_seq");
            try {
                dispatch.setLong(1, id);
                dispatch.setObject(2, day);
                dispatch.setObject(3, opened);
                dispatch.setObject(4, closed);
                dispatch.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            rows++;
            return new long[]{id, 0};
        }

        private void transition(long orderId, OffsetDateTime at, String actor, String from, String to, String reason)
                throws SQLException {
            timelineRow(orderId, at, actor, "TRANSITION", from, to, reason);
        }

        private void event(long orderId, OffsetDateTime at, String actor, String kind, String during, String text)
                throws SQLException {
            timelineRow(orderId, at, actor, kind, during, during, text);
        }

        private void timelineRow(long orderId, OffsetDateTime at, String actor, String kind, String from, String to,
                                 String reason) throws SQLException {
            timeline.setLong(1, id("order_timeline_seq"));
            timeline.setLong(2, orderId);
            timeline.setObject(3, at);
            timeline.setString(4, actor);
            timeline.setString(5, kind);
            timeline.setString(6, from);
            timeline.setString(7, to);
            timeline.setString(8, reason);
            timeline.addBatch();
            rows++;
        }

        private void flush() throws SQLException {
            // parents before children: the foreign keys are checked row by row
            for (var batch : List.of(order, timeline, code, runItem, shipment, trackingNumber, email, attempt)) {
                batch.executeBatch();
            }
        }

        private static OffsetDateTime at(LocalDate day, int hour, int seconds) {
            return day.atTime(hour, 0).plusSeconds(seconds % 3_600).atOffset(ZoneOffset.UTC);
        }

        /** A fresh order number in the application's format (RP- + 8 symbols + check symbol). */
        private String orderNumber() {
            var alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXY";
            while (true) {
                var body = new StringBuilder();
                int sum = 0;
                for (int k = 0; k < 8; k++) {
                    int v = random.nextInt(alphabet.length());
                    body.append(alphabet.charAt(v));
                    sum += (k + 1) * v;
                }
                var number = "RP-" + body + alphabet.charAt(Math.floorMod(-sum * 7, alphabet.length()));
                if (numbers.add(number)) {
                    return number;
                }
            }
        }

        /** A UPU S10 number: weights 8 6 4 2 3 5 9 7, 11 - sum mod 11, 10 becomes 0 and 11 becomes 5. */
        static String s10(String service, int serial, String country) {
            var digits = String.format("%08d", serial);
            int[] weights = {8, 6, 4, 2, 3, 5, 9, 7};
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += weights[k] * (digits.charAt(k) - '0');
            }
            int check = 11 - sum % 11;
            check = check == 10 ? 0 : check == 11 ? 5 : check;
            return service + digits + check + country;
        }

        /** As the application stores codes: key id, then base64 of nonce and AES-256-GCM ciphertext. */
        private String encrypt(String plain) {
            try {
                var nonce = new byte[12];
                secure.nextBytes(nonce);
                var cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(codeKey, "AES"), new GCMParameterSpec(128, nonce));
                cipher.updateAAD(codeKeyId.getBytes(StandardCharsets.UTF_8));
                var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
                return codeKeyId + ":" + Base64.getEncoder().encodeToString(
                        ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private String fingerprint(String plain) {
            try {
                var mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
