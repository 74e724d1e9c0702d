package com.renewalpost.fulfilment.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.it.TestDeployment;
import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.system.server.SystemTestControl;
import jakarta.json.Json;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application as built, started once for all system tests of the run: Payara Micro in its
 * own process on a free loopback port, a fresh H2 database, a GreenMail SMTP server in this JVM,
 * and the movable clock ({@link SystemTestControl}). Stopped when the test JVM exits. Its log is
 * {@code target/system/server.log}.
 */
public final class SystemServer {

    private static SystemServer running;

    /** The carrier webhook's shared secret on the test server. */
    public static final String WEBHOOK_SECRET = "system-test-webhook-secret-7d41c9";

    private final URI base;
    private final GreenMail mail;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String adminPassword = "boss of the system tests " + UUID.randomUUID();
    /** The session cookie of each person the tests' API calls went as ({@link #as}). */
    private final Map<Credentials, String> sessions = new ConcurrentHashMap<>();
    /** The password of every account {@link #newStaff} makes: the server hashes it once. */
    private final String staffPassword = "ready " + UUID.randomUUID();

    private SystemServer(URI base, GreenMail mail, Process process) {
        this.base = base;
        this.mail = mail;
        this.process = process;
    }

    /** The server, started at the first call of the run. */
    public static synchronized SystemServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
            running.changePassword(new Credentials("admin", TestDeployment.ADMIN_PASSWORD), running.admin());
        }
        return running;
    }

    public URI base() {
        return base;
    }

    public URI url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server's process id, to see what it listens on. */
    public long pid() {
        return process.pid();
    }

    public GreenMail mail() {
        return mail;
    }

    public Credentials admin() {
        return new Credentials("admin", adminPassword);
    }

    /**
     * A new staff account with these roles whose first password has been chosen: ready to log in.
     * Put straight into the database by the control servlet: through the API, making one cost the
     * server four password hashes (PBKDF2, 600,000 rounds each). Tests of making accounts and of
     * first logins do it through the pages and the API themselves.
     */
    public Credentials newStaff(String... roles) {
        var username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var request = HttpRequest.newBuilder(url("system-test/control?staff=" + username + "&roles="
                        + String.join(",", roles))).timeout(Duration.ofMinutes(1)).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("password="
                        + URLEncoder.encode(staffPassword, StandardCharsets.UTF_8)));
        var answer = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("could not add staff " + username + ": " + answer.statusCode());
        }
        return new Credentials(username, staffPassword);
    }

    /**
     * The same person after choosing another password themselves (the password API, as the password
     * page does), for tests about what the system records of that act.
     */
    public Credentials passwordChanged(Credentials who) {
        var changed = new Credentials(who.username(), "changed " + UUID.randomUUID());
        changePassword(who, changed);
        return changed;
    }

    /** A new eSIM product on sale (29.00 USD, 20 g), put there by the admin through the REST API. */
    public void newProduct(String sku) {
        var body = Json.createObjectBuilder().add("sku", sku).add("name", "System test eSIM plan " + sku)
                .add("kind", "ESIM_PROFILE").add("planDays", 30).add("dataAllowance", "15 GB")
                .add("price", new java.math.BigDecimal("29.00")).add("currency", "USD").add("weightGrams", 20)
                .add("hsCode", "490700").add("customsDescription", "Printed eSIM activation letter")
                .add("lowStockThreshold", 5).add("active", true).build();
        var created = send("POST", "api/products", admin(), body.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create product " + sku + ": " + created.body());
        }
    }

    /** Runs an action of the system-test control servlet; answers its text. */
    public String controlled(String query) {
        var request = HttpRequest.newBuilder(url("system-test/control?" + query)).timeout(Duration.ofMinutes(5))
                .version(HttpClient.Version.HTTP_1_1).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("system-test control " + query + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the application's clock forward. */
    public void advanceClock(Duration by) {
        control("advance=" + by);
    }

    /** The application's day (UTC), wherever earlier tests have moved its clock. */
    public java.time.LocalDate today() {
        var answer = controlled("advance=PT0S").strip(); // "now <instant>"
        return java.time.Instant.parse(answer.substring(answer.indexOf(' ') + 1)).atZone(java.time.ZoneOffset.UTC)
                .toLocalDate();
    }

    /** Runs the delay / at-risk check and then the outbox at once, as their schedules would. */
    public void runCodeEmailCheckAndOutbox() {
        control("run=code-email-check");
        control("run=outbox");
    }

    /** An API call as a staff member, JSON in and out (through their session: {@link #as}). */
    public HttpResponse<String> send(String method, String path, Credentials who, String json) {
        var request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return as(who, request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request as this staff member, through a session they opened with the login form (once, at
     * their first request), as the staff pages do. HTTP Basic checks the password (PBKDF2, 600,000
     * rounds) on every request, which was most of what the server did for these tests' setup calls.
     * The roles are the same either way: the server reads the account on every request of a
     * session. A request the session is not let in with (the account disabled or its password
     * changed since, or a 401 of the endpoint's own) is sent again with Basic, as before; so is
     * every request of someone whose login is refused.
     */
    public <T> HttpResponse<T> as(Credentials who, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        var cookie = session(who);
        if (!cookie.isEmpty()) {
            var answer = exchange(request.copy().setHeader("Cookie", cookie).setHeader("Origin", origin()), body);
            if (!turnedAway(answer)) {
                return answer;
            }
            sessions.remove(who, cookie); // ended: the next request opens another
        }
        return exchange(request.copy().setHeader("Authorization", who.basic()), body);
    }

    /** The session cookie(s) of a form login as this person; empty when the login is refused. */
    private String session(Credentials who) {
        var cookie = sessions.get(who);
        if (cookie != null) {
            return cookie;
        }
        var form = "username=" + URLEncoder.encode(who.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(who.password(), StandardCharsets.UTF_8);
        var answer = exchange(HttpRequest.newBuilder(url("login")).timeout(Duration.ofSeconds(60))
                .header("Origin", origin()).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
            return "";
        }
        cookie = String.join("; ", answer.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
        if (!cookie.isEmpty()) {
            sessions.put(who, cookie);
        }
        return cookie;
    }

    /** Not let in: 401, or (a page) sent to the login page. */
    private static boolean turnedAway(HttpResponse<?> answer) {
        return answer.statusCode() == 401 || answer.statusCode() / 100 == 3
                && answer.headers().firstValue("Location").orElse("").contains("login.html");
    }

    private String origin() {
        return base.toString().replaceAll("/$", "");
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The person's first act: logs in with the form and chooses a new password, as the password
     * page does. That session goes on under the new password (the server says so): it is kept for
     * their requests ({@link #as}), which then need no login of their own.
     */
    private void changePassword(Credentials first, Credentials changed) {
        var cookie = session(first);
        sessions.remove(first);
        if (cookie.isEmpty()) {
            throw new IllegalStateException("could not log in as " + first.username());
        }
        var body = Json.createObjectBuilder().add("currentPassword", first.password())
                .add("newPassword", changed.password()).build().toString();
        var response = exchange(HttpRequest.newBuilder(url("api/me/password")).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Origin", origin()).header("Accept", "application/json")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("could not change the password of " + first.username() + ": "
                    + response.statusCode() + " " + response.body());
        }
        sessions.put(changed, cookie);
    }

    private void control(String query) {
        var request = HttpRequest.newBuilder(url("system-test/control?" + query)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("system-test control " + query + ": " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SystemServer start() {
        try {
            var dir = Files.createDirectories(Path.of("target", "system").toAbsolutePath());
            var smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            int port = freePort();
            var war = deployment(Map.of(
                    "fulfilment.email.smtp.host", "127.0.0.1",
                    "fulfilment.email.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                    "fulfilment.email.smtp.starttls", "false",
                    "fulfilment.email.smtp.timeout-seconds", "10",
                    // letters silent one day past their standard are proposed as lost: tests move the clock less
                    "fulfilment.tracking.lost-after-days", "1",
                    // the tests' HTTP client is a trusted proxy: a test may play clients at other
                    // addresses with X-Forwarded-For (without the header, the address is 127.0.0.1 as before)
                    "fulfilment.http.trusted-proxies", "127.0.0.1",
                    // the webhook's body limit is only reached past a well-formed signature header
                    "fulfilment.tracking.webhook-secret", WEBHOOK_SECRET,
                    // a tally of refused logins is looked for every second once its period has ended, not
                    // every ten: LoginDefencesSystemTest waits for it (the period stays the default minute)
                    "fulfilment.login.refusal-check-seconds", "1"));
            var warFile = dir.resolve("fulfilment.war");
            war.as(ZipExporter.class).exportTo(warFile.toFile(), true);
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var payara = TestDeployment.jarOf(Class.forName("fish.payara.micro.boot.PayaraMicroLauncher"));
            var process = new ProcessBuilder(java, "-Xmx768m", "-Dhazelcast.socket.bind.any=false",
                    "-jar", payara.getPath(),
                    "--deploy", warFile.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                    "--nohazelcast", "--disablephonehome", "--rootdir", Files.createTempDirectory(dir, "payara-root-").toString(),
                    "--prebootcommandfile", Path.of("target", "payara", "pre-boot-commands.txt").toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            var server = new SystemServer(URI.create("http://127.0.0.1:" + port + "/"), smtp, process);
            // generous: on a loaded 2-core machine Payara alone took over three minutes to start
            server.awaitReady(Duration.ofMinutes(8));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("payara-micro is not on the test class path", e);
        }
    }

    /** The built WAR with the test's configuration, the movable clock and the control servlet. */
    private static WebArchive deployment(Map<String, String> extra) throws IOException {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, Path.of("target", "fulfilment.war").toFile());
        var config = "WEB-INF/classes/META-INF/microprofile-config.properties";
        var defaults = new Properties();
        try (var in = war.get(config).getAsset().openStream()) {
            defaults.load(in);
        }
        war.delete(config);
        war.addAsResource(new StringAsset(TestDeployment.config("system", defaults, extra)),
                "META-INF/microprofile-config.properties");
        war.addClass(MovableClock.class);
        war.addPackage(SystemTestControl.class.getPackage());
        return war;
    }

    private void awaitReady(Duration limit) {
        var deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting: see target/system/server.log");
            }
            try {
                // health answers before the application has finished deploying: wait for both
                if (status("health/ready") == 200 && status("login.html") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("the server was not ready within " + limit + ": see target/system/server.log");
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        mail.stop();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
