package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login defences over real HTTP (issue 13, items 1, 4, 6, 7, 9, 11 and 16). The system server
 * trusts 127.0.0.1 as a reverse proxy, so each test plays clients at addresses of its own with
 * X-Forwarded-For (documentation ranges); nothing here slows down the tests' own address.
 */
class LoginDefencesSystemTest {

    static SystemServer server;
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @BeforeAll
    static void start() {
        server = SystemServer.get();
    }

    /** An address no other test uses. */
    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    @Test
    void madeUpNamesFromTheOfficesAddressDoNotKeepItsStaffOut() {
        var office = newAddress();
        var person = server.newStaff("WAREHOUSE");
        var browser = new Client(office);
        assertThat(browser.login(person.username(), person.password(), null).statusCode()).isEqualTo(303);

        // 30+ anonymous failures from the same address (behind a proxy, the whole office shares it)
        var attacker = new Client(office);
        for (int i = 0; i < 35; i++) {
            var answer = attacker.login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "guess " + i, null);
            assertThat(answer.statusCode()).isIn(303, 429);
        }
        assertThat(attacker.login("nobody-at-all", "guess", null).statusCode())
                .as("the address is slowed down for names that never logged in from it").isEqualTo(429);

        var again = new Client(office);
        var form = again.login(person.username(), person.password(), null);
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).get().asString().endsWith("/staff/index.xhtml");
        assertThat(again.get("api/me", null).statusCode()).isEqualTo(200);
        assertThat(new Client(office).get("api/me", person.basic()).statusCode()).as("HTTP Basic too").isEqualTo(200);
    }

    @Test
    void anAccountAttackedFromElsewhereIsSlowedDownNotLockedAndItsOwnerGetsIn() {
        var home = newAddress();
        var person = server.newStaff("SUPPORT");
        assertThat(new Client(home).login(person.username(), person.password(), null).statusCode()).isEqualTo(303);

        var stranger = new Client(newAddress());
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = stranger.login(person.username(), "guess " + i, "application/json");
            if (last.statusCode() == 429) {
                server.advanceClock(Duration.ofSeconds(retryAfter(last)));
                last = stranger.login(person.username(), "guess " + i, "application/json");
            }
            assertThat(last.statusCode()).as("after waiting as told, the attempt is checked").isEqualTo(401);
        }
        var slowed = stranger.login(person.username(), person.password(), "application/json");
        assertThat(slowed.statusCode()).as("the right password too must wait its turn from there").isEqualTo(429);
        assertThat(retryAfter(slowed)).isBetween(1L, 60L);
        assertThat(slowed.body()).doesNotContain("locked");

        var owner = new Client(home);
        assertThat(owner.login(person.username(), person.password(), null).headers().firstValue("Location"))
                .get().asString().endsWith("/staff/index.xhtml");
        assertThat(new Client(home).get("api/me", person.basic()).statusCode()).isEqualTo(200);

        // never a lock: once the wait is over, even the stranger's address gets an answer on the password
        server.advanceClock(Duration.ofSeconds(retryAfter(slowed)));
        assertThat(stranger.login(person.username(), person.password(), "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    void retryAfterIsLongEnough() {
        var stranger = new Client(newAddress());
        var name = "retry-" + UUID.randomUUID().toString().substring(0, 8);
        int checked = 0;
        for (int i = 0; i < 8; i++) {
            var answer = stranger.login(name, "guess", "application/json");
            if (answer.statusCode() == 429) {
                server.advanceClock(Duration.ofSeconds(retryAfter(answer)));
                assertThat(stranger.login(name, "guess", "application/json").statusCode())
                        .as("a client that waited Retry-After is not refused again").isEqualTo(401);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void knownAndUnknownNamesAnswerAlike() {
        var person = server.newStaff("WAREHOUSE");
        var ghost = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var forKnown = attempts(person.username(), newAddress());
        var forUnknown = attempts(ghost, newAddress());
        // the same kinds of answer (waits may differ by the time the hashing took)
        assertThat(forKnown).isEqualTo(forUnknown);
        assertThat(forKnown).anyMatch(s -> s.contains("Too Many Requests"))
                .anyMatch(s -> s.contains("\"Unauthorized\"")).anyMatch(s -> s.contains("error=Wrong"));
        assertThat(String.join(" ", forKnown)).doesNotContain("locked");
    }

    /** The distinct answers to six wrong passwords as JSON and six by the form, digits blurred. */
    private static java.util.Set<String> attempts(String username, String address) {
        var answers = new java.util.TreeSet<String>();
        for (int i = 0; i < 6; i++) {
            answers.add(summary(new Client(address).login(username, "wrong " + i, "application/json")));
            answers.add(summary(new Client(address).login(username, "wrong " + i, null)));
        }
        return answers;
    }

    @Test
    void aLoginWithoutAUsernameFromASlowedAddressIsAClientError() {
        var address = newAddress();
        var client = new Client(address);
        for (int i = 0; i < 15; i++) {
            client.login("made-up-" + i, "x", null);
        }
        for (var form : List.of("password=x", "", "username=&password=", "username")) {
            var answer = client.post("login", "application/x-www-form-urlencoded", form, server.base().toString()
                    .replaceAll("/$", ""), null);
            assertThat(answer.statusCode()).as(form).isBetween(300, 499);
        }
    }

    @Test
    void afterLoginOnlyTheApplicationsOwnPagesAreWhereOneIsSent() {
        var person = server.newStaff("SUPPORT");
        var address = newAddress();
        for (var next : List.of("/%09/evil.example", "/\t/evil.example", "//evil.example", "/\\evil.example",
                "https://evil.example", "/staff/../../evil.example", "/staff/index.xhtml?x=//evil.example")) {
            var answer = new Client(address).loginWithNext(person.username(), person.password(), next);
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(next).get().asString()
                    .matches("(http://[^/]+)?/staff/index\\.xhtml");
        }
        var own = new Client(address).loginWithNext(person.username(), person.password(), "/staff/support/attention.xhtml");
        assertThat(own.headers().firstValue("Location")).contains("/staff/support/attention.xhtml");

        // the login page copies only such a path into its form
        try (var browser = new Browser(server)) {
            for (var next : List.of("/%09/evil.example", "//evil.example", "https://evil.example", "/\\evil")) {
                browser.open("login.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
                assertThat(browser.driver().findElement(By.id("next")).getAttribute("value")).as(next).isEqualTo("/staff/index.xhtml");
            }
            browser.open("login.html?next=%2Fstaff%2Forders.xhtml");
            assertThat(browser.driver().findElement(By.id("next")).getAttribute("value")).isEqualTo("/staff/orders.xhtml");
        }
    }

    @Test
    void theSessionCookieIsSameSiteStrictAndAnotherSiteCannotLogOneOut() {
        var person = server.newStaff("WAREHOUSE");
        var browser = new Client(newAddress());
        var login = browser.login(person.username(), person.password(), null);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Strict").contains("HttpOnly"));

        var forged = browser.post("logout", "application/x-www-form-urlencoded", "", "https://evil.example", null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("api/me", null).statusCode()).as("still logged in").isEqualTo(200);
        assertThat(browser.post("logout", "application/x-www-form-urlencoded", "", null, null).statusCode())
                .as("no Origin at all is no proof either").isEqualTo(403);

        var own = browser.post("logout", "application/x-www-form-urlencoded", "", server.base().toString()
                .replaceAll("/$", ""), null);
        assertThat(own.statusCode()).isEqualTo(303);
        assertThat(browser.get("api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAuthorizationHeaderThatDidNotAuthenticateDoesNotExemptACookieFromTheOriginCheck() {
        var person = server.newStaff("WAREHOUSE");
        var browser = new Client(newAddress());
        browser.login(person.username(), person.password(), null);
        for (var authorization : List.of("Foo bar", "Digest username=\"x\"", "Negotiate abc")) {
            var forged = browser.post("api/orders", "application/json", "{}", "https://evil.example", authorization);
            assertThat(forged.statusCode()).as(authorization).isEqualTo(403);
            assertThat(forged.body()).contains("cross-site");
        }
        for (var authorization : List.of("Bearer rp_not-a-key", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((person.username() + ":wrong").getBytes(StandardCharsets.UTF_8)))) {
            assertThat(browser.post("api/orders", "application/json", "{}", "https://evil.example", authorization)
                    .statusCode()).as(authorization).isIn(401, 403);
        }
        assertThat(browser.post("api/orders", "application/json", "{}", server.base().toString().replaceAll("/$", ""),
                "Foo bar").statusCode()).as("the same from our own page reaches the resource (and is invalid)")
                .isNotIn(401, 403).isBetween(400, 499);
    }

    @Test
    void guessingTheCurrentPasswordThroughAPasswordChangeIsLimitedAndAudited() {
        var person = server.newStaff("WAREHOUSE");
        var browser = new Client(newAddress());
        browser.login(person.username(), person.password(), null);
        var statuses = new ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = browser.put("api/me/password", Json.createObjectBuilder().add("currentPassword", "guess " + i)
                    .add("newPassword", "a brand new password " + UUID.randomUUID()).build().toString());
            statuses.add(last.statusCode());
        }
        assertThat(statuses.subList(0, 3)).containsOnly(400);
        assertThat(statuses.get(5)).as("" + statuses).isEqualTo(429);
        assertThat(retryAfter(last)).isPositive();

        var audit = audit("actor=" + person.username() + "&action=LOGIN_FAILED");
        assertThat(audit.stream().map(e -> e.asJsonObject().getString("detail", "")))
                .filteredOn(d -> d.contains("current password")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theLoginMechanismsOwnAnswersCarryTheDefensiveHeaders() {
        var person = server.newStaff("WAREHOUSE");
        var address = newAddress();
        var answers = new ArrayList<HttpResponse<String>>();
        answers.add(new Client(address).login(person.username(), person.password(), null));
        answers.add(new Client(address).login(person.username(), person.password(), "application/json"));
        answers.add(new Client(address).login(person.username(), "wrong", null));
        answers.add(new Client(address).login(person.username(), "wrong", "application/json"));
        answers.add(new Client(address).get("metrics", null));
        answers.add(new Client(address).get("api/me", "Bearer rp_not-a-key"));
        var stranger = new Client(newAddress());
        HttpResponse<String> tooSoon = null;
        for (int i = 0; i < 10 && (tooSoon == null || tooSoon.statusCode() != 429); i++) {
            tooSoon = stranger.login(person.username(), "wrong", "application/json");
        }
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        answers.add(tooSoon);
        for (var answer : answers) {
            var headers = answer.headers();
            var what = answer.request().method() + " " + answer.request().uri().getPath() + " " + answer.statusCode();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).get().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("same-origin");
            assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(headers.firstValue("Cache-Control")).as(what).contains("no-store");
        }
    }

    @Test
    void refusedLoginsAreAuditedAsOneRowPerAddressAndPeriodWithTheirCount() throws Exception {
        var address = newAddress();
        var tag = "flood" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var client = new Client(address);
        int refused = 0;
        for (int i = 0; i < 80; i++) {
            if (client.login(tag + "-" + (i % 3), "guess", "application/json").statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(50);
        // the period ends; the tally is written within seconds
        server.advanceClock(Duration.ofMinutes(2));
        JsonArray rows = audit("action=LOGIN_REFUSED&q=" + tag);
        for (var deadline = java.time.Instant.now().plusSeconds(60);
             rows.isEmpty() && java.time.Instant.now().isBefore(deadline); rows = audit("action=LOGIN_REFUSED&q=" + tag)) {
            Thread.sleep(100);
        }
        assertThat(rows).hasSize(1);
        var row = rows.getJsonObject(0);
        assertThat(row.getString("clientAddress")).isEqualTo(address);
        assertThat(row.getString("detail")).startsWith(refused + " login attempt(s) refused")
                .contains(tag + "-0 x", tag + "-1 x", tag + "-2 x");
        var failed = audit("action=LOGIN_FAILED&q=" + tag);
        assertThat(failed.size()).as("only the attempts actually checked are written one by one")
                .isEqualTo(80 - refused);
    }

    // ---- helpers ----

    private static String summary(HttpResponse<String> answer) {
        return (answer.statusCode() + " " + answer.headers().firstValue("Retry-After").orElse("-") + " "
                + answer.headers().firstValue("Location").orElse("-") + " " + answer.body()).replaceAll("[0-9]+", "#");
    }

    private static long retryAfter(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }

    private static JsonArray audit(String query) {
        var answer = server.send("GET", "api/admin/audit?size=500&" + query, server.admin(), null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    /** A browser-like client at its own address (X-Forwarded-For through the trusted local proxy), keeping cookies. */
    static final class Client {
        private final String address;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();

        Client(String address) {
            this.address = address;
        }

        HttpResponse<String> login(String username, String password, String accept) {
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin()).header("Accept", accept == null ? "text/html" : accept)
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> loginWithNext(String username, String password, String next) {
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8);
            return send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> get(String path, String authorization) {
            var request = request(path).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return send(request);
        }

        HttpResponse<String> post(String path, String contentType, String body, String origin, String authorization) {
            var request = request(path).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return send(request);
        }

        HttpResponse<String> put(String path, String json) {
            return send(request(path).header("Content-Type", "application/json").header("Origin", origin())
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", address);
        }

        private static String origin() {
            return server.base().toString().replaceAll("/$", "");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    static void noteTheAddressesUsed() {
        System.out.println("LoginDefencesSystemTest used " + (ADDRESSES.get() - 1) + " client addresses");
    }
}
