package com.renewalpost.fulfilment.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The application as built ({@code target/fulfilment.war}) plus the in-container tests, with its
 * configuration adjusted: a fresh database ({@link TestDatabase}: H2 in its own directory under target,
 * or PostgreSQL), a fresh data directory, fresh code keys,
 * a known first-admin password, and whatever the test class adds.
 */
public final class TestDeployment {

    /** The first admin's password (to be changed at first login, as in production). */
    public static final String ADMIN_PASSWORD = "first boss of the back office";
    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private TestDeployment() {
    }

    private static final Map<String, WebArchive> SHARED = new HashMap<>();

    /**
     * The one archive called {@code name} for the whole run, made at the first call: test classes
     * whose {@code @Deployment} returns it share one server ({@code it.reuse.ServerReuse}), one
     * database and one configuration, so they must agree on its settings.
     */
    public static synchronized WebArchive shared(String name, Supplier<WebArchive> archive) {
        return SHARED.computeIfAbsent(name, n -> archive.get());
    }

    /** The monitoring system's bearer token on {@link #inContainer()}; fixed, so that tests in the server know it too. */
    public static final String METRICS_TOKEN = "metrics-token-for-the-in-container-tests-0f3c9a71e2";

    /**
     * The one server of every in-container class, at the root context (where Payara Micro serves
     * /metrics), on one database. It starts with the demo (README's FULFILMENT_DEMO=true on an empty
     * database), which DemoDataIT, the first class, checks and works through; the other classes work
     * on data of their own among it. Its settings put together what the classes count on: the login
     * and public lookup limits SecurityIT and TrackingIT count to (the tests' HTTP client is a trusted
     * proxy, so that a test may look up from an address of its own with X-Forwarded-For); the S10
     * range, low-stock warning and support address WarehouseIT prints and checks; customer email
     * against a mail server the tests control: GreenMail
     * ({@link com.renewalpost.fulfilment.it.fixtures.TestMailServer}) or smtp-sink listen on the SMTP
     * port chosen here when a test starts them, the outbox worker runs every second with the default
     * back-off (first retry after 60 s, at most an hour apart, given up after 48 h), the delay check
     * runs only when a test calls it, gauges refresh every second. What a class needs otherwise it
     * switches for its own tests while the server runs
     * ({@link com.renewalpost.fulfilment.it.fixtures.TestSettings}: TrackingIT's webhook secret). The
     * clock is a {@link com.renewalpost.fulfilment.it.fixtures.MovableClock} that tests only move
     * forward: the classes run in the order of their {@code @Order}, those that move it last.
     */
    public static WebArchive inContainer() {
        return shared("in-container", () -> {
            var war = atRoot("in-container", Map.ofEntries(
                    // the demo, loaded as the server starts on its empty database (DemoDataIT, the first class)
                    Map.entry("fulfilment.demo", "true"),
                    Map.entry("fulfilment.login.slow-down-after", "2"),
                    Map.entry("fulfilment.public.lookups-per-minute", String.valueOf(PUBLIC_LOOKUPS_PER_MINUTE)),
                    Map.entry("fulfilment.http.trusted-proxies", "127.0.0.1"),
                    Map.entry("fulfilment.s10.ranges", WarehouseIT.RANGE),
                    Map.entry("fulfilment.s10.low-warning", "5"),
                    Map.entry("fulfilment.sender.support-email", "help@renewalpost.example"),
                    Map.entry("fulfilment.email.smtp.host", "127.0.0.1"),
                    // the mail servers start after the deployment, on the port chosen now
                    Map.entry("fulfilment.email.smtp.port", String.valueOf(LocalHttp.freeLoopbackPort())),
                    Map.entry("fulfilment.email.smtp.starttls", "false"),
                    Map.entry("fulfilment.email.smtp.timeout-seconds", "10"),
                    Map.entry("fulfilment.email.send-interval-seconds", "1"),
                    Map.entry("fulfilment.email.check-interval-minutes", "10000"),
                    // the reminder job runs when a test calls it
                    Map.entry("fulfilment.renewal.reminder-check-minutes", "10000"),
                    Map.entry("fulfilment.email.retry.first-delay-seconds", "60"),
                    Map.entry("fulfilment.email.retry.max-delay-minutes", "60"),
                    Map.entry("fulfilment.email.retry.give-up-hours", "48"),
                    Map.entry("fulfilment.metrics.refresh-seconds", "1"),
                    Map.entry("fulfilment.metrics.token", METRICS_TOKEN),
                    // a setting a test switches (TestSettings) applies at once
                    Map.entry("mp.config.cache.duration", "0")));
            war.addPackage(com.renewalpost.fulfilment.it.fixtures.TestSettings.class.getPackage());
            war.addAsResource(new StringAsset(com.renewalpost.fulfilment.it.fixtures.TestSettings.class.getName() + "\n"),
                    "META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
            war.addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class));
            return withDocumentReading(war);
        });
    }

    /** The public lookups one client address may make a minute on {@link #inContainer()}. */
    public static final int PUBLIC_LOOKUPS_PER_MINUTE = 12;

    /** Adds what reading print-run documents back inside the server needs ({@link DocumentReading}). */
    public static WebArchive withDocumentReading(WebArchive war) {
        war.addAsLibraries(jarOf(org.apache.pdfbox.Loader.class),
                jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                jarOf(org.apache.fontbox.ttf.TrueTypeFont.class),
                jarOf(org.apache.commons.logging.LogFactory.class),
                jarOf(com.google.zxing.client.j2se.BufferedImageLuminanceSource.class));
        return war;
    }

    public static WebArchive of(String name, Map<String, String> extraConfig) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, Path.of("target", "fulfilment.war").toFile());
        var defaults = new java.util.Properties();
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.addAsResource(new StringAsset(config(name, defaults, extraConfig)), "META-INF/microprofile-config.properties");
        war.addPackage(TestDeployment.class.getPackage());
        war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    /**
     * The same deployment at the root context, as the run command deploys it: Payara Micro serves
     * MicroProfile Metrics inside the application at the root context (behind its filters).
     */
    public static WebArchive atRoot(String name, Map<String, String> extraConfig) {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(of(name, extraConfig));
    }

    /** The jar a test-scoped library came from, to ship it inside the test deployment. */
    public static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's own defaults, then the test's database, keys and admin, then the test class's settings. */
    public static String config(String name, java.util.Properties defaults, Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        defaults.stringPropertyNames().forEach(key -> config.put(key, defaults.getProperty(key)));
        config.put("fulfilment.data.dir", freshDataDir(name).toString());
        config.putAll(TestDatabase.fresh(name).config());
        config.put("fulfilment.codes.key", "it1:" + randomKey());
        config.put("fulfilment.codes.fingerprint-key", randomKey());
        config.put("fulfilment.admin.password", ADMIN_PASSWORD);
        config.put(UsedCodes.FILE_SETTING, UsedCodes.file().toString());
        config.putAll(extra);
        return config.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Path freshDataDir(String name) {
        try {
            Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(Path.of("target", "it-data").toAbsolutePath(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
