package com.renewalpost.fulfilment.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.renewalpost.fulfilment.it.TestDatabase;
import com.renewalpost.fulfilment.orders.Iccid;
import com.renewalpost.fulfilment.reliability.server.SharedClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One installation of the application for a reliability test, as an operator would set it up:
 * one database (a fresh PostgreSQL database, or an H2 file in a data directory), one set of code
 * keys, the first admin's password, an SMTP server (GreenMail, in this JVM), a webhook secret;
 * any number of Payara Micro instances on it, all configured through {@code FULFILMENT_*}
 * environment variables. Also what the tests need to look at the outcome: SQL on the database
 * (PostgreSQL only: an H2 file admits one process), the messages the SMTP server received, the
 * servers' clock, and the figures of the run.
 */
final class Installation implements AutoCloseable {

    static final String ADMIN_FIRST_PASSWORD = "first boss of the back office";
    static final String ADMIN_PASSWORD = "a chosen passphrase for the boss";
    static final String KEEPER = "keeper";
    static final String KEEPER_PASSWORD = "packing envelopes all day long";
    static final String SKU = "REL-VCH-30";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static Path war;

    private final String name;
    private final Path dir;
    private final Path clockFile;
    private final TestDatabase.Database database;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final GreenMail mail;
    private final SmtpReplyGate gate;
    private final String webhookSecret = HexFormat.of().formatHex(randomBytes(16));
    private final List<PayaraInstance> instances = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private Duration ahead = Duration.ZERO;

    private Installation(String name, TestDatabase.Database database, Map<String, String> extra) {
        this.name = name;
        this.database = database;
        try {
            dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "reliability").toAbsolutePath()),
                    name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clockFile = dir.resolve("clock-offset");
        mail = new GreenMail(new ServerSetup(PayaraInstance.freeLoopbackPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        gate = new SmtpReplyGate(mail.getSmtp().getPort());
        if (database != null) {
            settings.put("FULFILMENT_DATASOURCE_CLASS", database.dataSourceClass());
            settings.put("FULFILMENT_DATASOURCE_URL", database.url());
            settings.put("FULFILMENT_DATASOURCE_USER", database.user());
            settings.put("FULFILMENT_DATASOURCE_PASSWORD", database.password());
        }
        settings.put("FULFILMENT_DATA_DIR", dir.resolve("data").toString());
        settings.put("FULFILMENT_CODES_KEY", "r1:" + Base64.getEncoder().encodeToString(randomBytes(32)));
        settings.put("FULFILMENT_CODES_FINGERPRINT_KEY", Base64.getEncoder().encodeToString(randomBytes(32)));
        settings.put("FULFILMENT_ADMIN_PASSWORD", ADMIN_FIRST_PASSWORD);
        settings.put("FULFILMENT_EMAIL_SMTP_HOST", "127.0.0.1");
        // through the gate, which passes everything unless a test asks it to hold a reply
        settings.put("FULFILMENT_EMAIL_SMTP_PORT", String.valueOf(gate.port()));
        settings.put("FULFILMENT_EMAIL_SMTP_STARTTLS", "false");
        settings.put("FULFILMENT_EMAIL_SMTP_TIMEOUT_SECONDS", "10");
        settings.put("FULFILMENT_EMAIL_SEND_INTERVAL_SECONDS", "1");
        settings.put("FULFILMENT_EMAIL_CHECK_INTERVAL_MINUTES", "1");
        settings.put("FULFILMENT_TRACKING_WEBHOOK_SECRET", webhookSecret);
        settings.putAll(extra);
    }

    /** On a fresh PostgreSQL database of the server the build names (profile reliability, .ci/with-postgres). */
    static Installation onPostgres(String name, Map<String, String> extra) {
        return new Installation(name, TestDatabase.freshPostgres("rel_" + name.replace('-', '_') + "_"
                + HexFormat.of().formatHex(randomBytes(4))), extra);
    }

    /** On the default embedded H2 file database in the data directory (the application's own default URL). */
    static Installation onH2(String name, Map<String, String> extra) {
        return new Installation(name, null, extra);
    }

    /** A new instance of the application on this installation (not started). */
    PayaraInstance instance(String instanceName) {
        var instance = new PayaraInstance(instanceName, dir, war(), settings, clockFile);
        instances.add(instance);
        return instance;
    }

    /** Starts instances at once and waits until all are ready. */
    static void startTogether(PayaraInstance... instances) {
        for (var instance : instances) {
            instance.start();
        }
        for (var instance : instances) {
            instance.awaitReady(Duration.ofMinutes(4));
        }
    }

    // ---- staff and integrations ----

    /** The admin's and the warehouse keeper's sessions on one instance. */
    record Sessions(Api admin, Api keeper) {
    }

    /**
     * First login of the admin (who must choose a new password), who makes the warehouse keeper's
     * account; the keeper's first login. (Each login and password change hashes a password with
     * 600,000 rounds: the tests keep these sessions rather than logging in again.)
     */
    Sessions firstLogins(PayaraInstance instance) {
        var admin = Api.login(instance.base(), "admin", ADMIN_FIRST_PASSWORD, ADMIN_PASSWORD);
        var created = admin.post("api/admin/staff", Json.createObjectBuilder().add("username", KEEPER)
                .add("displayName", "Warehouse keeper").add("roles", Json.createArrayBuilder().add("WAREHOUSE").add("SUPPORT"))
                .add("initialPassword", "first words of the packer 1").build());
        check(created.statusCode() == 201, "keeper account: " + created.statusCode() + " " + created.body());
        return new Sessions(admin, Api.login(instance.base(), KEEPER, "first words of the packer 1", KEEPER_PASSWORD));
    }

    Api admin(PayaraInstance instance) {
        return Api.login(instance.base(), "admin", ADMIN_PASSWORD, null);
    }

    Api keeper(PayaraInstance instance) {
        return Api.login(instance.base(), KEEPER, KEEPER_PASSWORD, null);
    }

    /** A new API key of scope orders:write (a web shop's), made by the admin. */
    String apiKey(Api admin) {
        var created = admin.post("api/admin/api-keys", Json.createObjectBuilder().add("name", "web shop " + name)
                .add("scope", "orders:write").build());
        check(created.statusCode() == 201 || created.statusCode() == 200, "API key: " + created.body());
        return Api.json(created.body()).getString("token");
    }

    String webhookSecret() {
        return webhookSecret;
    }

    // ---- catalogue and stock ----

    /**
     * The product the tests sell, put into the catalogue with SQL (the catalogue has no REST
     * call to add products; operators load them like this or through demo data).
     */
    void addProduct() {
        sql("INSERT INTO product (id, sku, name, kind, plan_days, data_allowance, price_amount, price_currency, "
                + "weight_grams, hs_code, customs_description, voucher_pattern, low_stock_threshold, active, version) "
                + "VALUES (1, '" + SKU + "', 'US line top-up, 30 days', 'VOUCHER', 30, '10 GB', 25.00, 'USD', 20, "
                + "'490700', 'Printed activation letter', '\\d{16}', 5, TRUE, 0)");
    }

    /** Imports {@code count} new voucher PINs through the admin's REST call; remembered for the log check. */
    void importCodes(Api admin, String sku, int count) {
        var csv = new StringBuilder("code\n");
        var fresh = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var pin = new StringBuilder();
            for (int d = 0; d < 16; d++) {
                pin.append(RANDOM.nextInt(10));
            }
            fresh.add(pin.toString());
            csv.append(pin).append('\n');
        }
        var response = admin.post("api/products/" + sku + "/codes", csv.toString(), "text/csv");
        check(response.statusCode() == 200, "code import: " + response.statusCode() + " " + response.body());
        check(Api.json(response.body()).getInt("imported") == count, "code import: " + response.body());
        codes.addAll(fresh);
    }

    /** No activation code the test imported appears in any console output of any instance. */
    List<String> codesInLogs() {
        List<String> leaks = new ArrayList<>();
        for (var instance : instances) {
            var text = instance.logText();
            for (var code : codes) {
                if (text.contains(code)) {
                    leaks.add(instance.name() + ": a code ending " + code.substring(code.length() - 4));
                }
            }
        }
        return leaks;
    }

    // ---- orders ----

    /** A valid order for Japan, one per number {@code i}; the email address is the order's own. */
    static JsonObject order(String run, int i, String sku, String postalService, LocalDate planExpiresOn) {
        var body = String.format("8901260%011d", i);
        return Json.createObjectBuilder()
                .add("customerName", "Customer " + i)
                .add("email", email(run, i))
                .add("language", "en")
                .add("address", Json.createObjectBuilder()
                        .add("streetLines", Json.createArrayBuilder().add((i % 9 + 1) + "-2-3 Shibuya"))
                        .add("city", "Shibuya-ku").add("region", "Tokyo").add("postcode", "150-0002").add("country", "JP"))
                .add("productSku", sku)
                .add("iccid", body + Iccid.luhnCheckDigit(body))
                .add("planExpiresOn", planExpiresOn.toString())
                .add("postalService", postalService)
                .add("channel", "WEB")
                .add("externalReference", reference(run, i))
                .add("payment", Json.createObjectBuilder().add("method", "CARD").add("amount", 25).add("currency", "USD"))
                .build();
    }

    /** The same orders as a CSV file for {@code POST /api/orders/import}. */
    static String ordersCsv(String run, int count, String sku, Function<Integer, String> postalService,
                            LocalDate planExpiresOn) {
        var csv = new StringBuilder("channel,external_reference,customer_name,email,street1,city,region,postcode,country,"
                + "product_sku,iccid,plan_expires_on,postal_service,payment_method,amount,currency,language\n");
        for (int i = 0; i < count; i++) {
            var o = order(run, i, sku, postalService.apply(i), planExpiresOn);
            var a = o.getJsonObject("address");
            csv.append(String.join(",", "WEB", o.getString("externalReference"), o.getString("customerName"),
                    o.getString("email"), a.getJsonArray("streetLines").getString(0), a.getString("city"),
                    a.getString("region"), a.getString("postcode"), a.getString("country"), sku, o.getString("iccid"),
                    planExpiresOn.toString(), postalService.apply(i), "CARD", "25.00", "USD", "en")).append('\n');
        }
        return csv.toString();
    }

    static String email(String run, int i) {
        return run + "-" + i + "@customers.example";
    }

    static String reference(String run, int i) {
        return run.toUpperCase() + "-" + i;
    }

    // ---- time ----

    /** Moves the servers' clock forward (all instances, running or not); the next reading sees it. */
    void advanceClock(Duration by) {
        ahead = ahead.plus(by);
        try {
            var next = dir.resolve("clock-offset.next");
            Files.writeString(next, ahead.toString(), StandardCharsets.US_ASCII);
            Files.move(next, clockFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The servers' time now. */
    Instant now() {
        return Instant.now().plus(ahead);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    // ---- mail ----

    List<MimeMessage> received() {
        return List.of(mail.getReceivedMessages());
    }

    /** The SMTP server's reply to the {@code n}-th message (counted from the start) never reaches the application. */
    void holdSmtpReplyTo(int n) {
        gate.holdReplyTo(n);
    }

    /** Waits until the SMTP server has received {@code count} messages in all; false at the deadline. */
    boolean awaitReceived(int count, Duration max) {
        return mail.waitForIncomingEmail(max.toMillis(), count);
    }

    int receivedCount() {
        return mail.getReceivedMessages().length;
    }

    /** How many times each Message-ID arrived. */
    Map<String, Integer> receivedByMessageId() {
        Map<String, Integer> counts = new HashMap<>();
        for (var message : mail.getReceivedMessages()) {
            try {
                counts.merge(message.getMessageID(), 1, Integer::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    // ---- the database ----

    Connection db() throws SQLException {
        if (database == null) {
            throw new IllegalStateException("an H2 file database is open in the server only");
        }
        return database.open();
    }

    long count(String sql) {
        try (var c = db(); var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<String> strings(String sql) {
        try (var c = db(); var rows = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void sql(String statement) {
        try (var c = db(); var s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    // ---- figures ----

    /** Prints the figures of a scenario and keeps them in target/reliability/figures.txt. */
    static void report(String scenario, Map<String, ?> figures) {
        var line = new StringBuilder("RELIABILITY | ").append(scenario);
        figures.forEach((k, v) -> line.append(" | ").append(k).append(' ').append(v));
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "reliability", "figures.txt"), line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        instances.forEach(PayaraInstance::stop);
        gate.close();
        mail.stop();
    }

    /** target/fulfilment.war with the tests' shared clock added, made once per test run. */
    private static synchronized Path war() {
        if (war == null) {
            var built = Path.of("target", "fulfilment.war");
            if (!Files.isRegularFile(built)) {
                throw new IllegalStateException("no " + built.toAbsolutePath() + ": run mvn verify (package builds it)");
            }
            var archive = ShrinkWrap.createFromZipFile(WebArchive.class, built.toFile()).addClass(SharedClock.class);
            war = Path.of("target", "reliability", "fulfilment-reliability.war").toAbsolutePath();
            try {
                Files.createDirectories(war.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        }
        return war;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
