package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts, sessions, code custody and the web's defences, against a running server: the role
 * matrix over every REST endpoint the OpenAPI document lists, logins and lockouts, session
 * rotation and ending, masked and revealed codes, headers and the cross-site check.
 */
@ExtendWith(ArquillianExtension.class)
@Order(2) // TestDeployment.inContainer(): one server for every in-container class; after the demo, the clock not moved yet
class SecurityIT {

    enum Caller { ANONYMOUS, WAREHOUSE, SUPPORT, ADMIN, API_KEY }

    static final Set<Caller> STAFF = EnumSet.of(Caller.WAREHOUSE, Caller.SUPPORT, Caller.ADMIN);
    static final Set<Caller> ADMIN_ONLY = EnumSet.of(Caller.ADMIN);
    static final Set<Caller> WAREHOUSE_ONLY = EnumSet.of(Caller.WAREHOUSE);
    static final Set<Caller> WAREHOUSE_AND_ADMIN = EnumSet.of(Caller.WAREHOUSE, Caller.ADMIN);
    static final Set<Caller> SUPPORT_AND_ADMIN = EnumSet.of(Caller.SUPPORT, Caller.ADMIN);

    /**
     * Who may call each endpoint. Every endpoint of the OpenAPI document must be listed here, so a
     * new endpoint without a deliberate rule fails this test.
     */
    static final Map<String, Set<Caller>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /api/me", EnumSet.of(Caller.WAREHOUSE, Caller.SUPPORT, Caller.ADMIN, Caller.API_KEY)),
            Map.entry("PUT /api/me/password", STAFF),
            Map.entry("POST /api/orders", EnumSet.of(Caller.WAREHOUSE, Caller.SUPPORT, Caller.ADMIN, Caller.API_KEY)),
            Map.entry("POST /api/orders/import", EnumSet.of(Caller.WAREHOUSE, Caller.ADMIN, Caller.API_KEY)),
            Map.entry("GET /api/orders", STAFF),
            Map.entry("GET /api/orders/{number}", STAFF),
            Map.entry("POST /api/orders/{number}/code/reveal", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("POST /api/orders/{number}/notes", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("POST /api/orders/{number}/{act: hold|release|cancel}", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/queue", STAFF),
            // choosing a faster service is the warehouse's, like making the print run
            Map.entry("POST /api/queue/{number}/service", WAREHOUSE_ONLY),
            Map.entry("GET /api/lines", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/promise", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/promise.csv", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/lines/{key}", SUPPORT_AND_ADMIN),
            Map.entry("POST /api/lines/{key}/standing-order", SUPPORT_AND_ADMIN),
            Map.entry("POST /api/lines/{key}/standing-order/{act: skip|pause|resume|cancel}", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/products", STAFF),
            Map.entry("POST /api/products", ADMIN_ONLY),
            Map.entry("PUT /api/products/{sku}", ADMIN_ONLY),
            Map.entry("POST /api/products/{sku}/codes", ADMIN_ONLY),
            Map.entry("GET /api/products/{sku}/wording", STAFF),
            Map.entry("PUT /api/products/{sku}/wording", ADMIN_ONLY),
            Map.entry("GET /api/products/{sku}/prices", ADMIN_ONLY),
            Map.entry("PUT /api/products/{sku}/prices", ADMIN_ONLY),
            Map.entry("GET /api/deposit-slip", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/deposit-slip.pdf", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/deposit-slip.csv", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/orders/{number}/balance-note.pdf", STAFF),
            Map.entry("GET /api/stock", STAFF),
            Map.entry("GET /api/admin/staff", ADMIN_ONLY),
            Map.entry("POST /api/admin/staff", ADMIN_ONLY),
            Map.entry("PATCH /api/admin/staff/{username}", ADMIN_ONLY),
            Map.entry("POST /api/admin/staff/{username}/unlock", ADMIN_ONLY),
            Map.entry("GET /api/admin/api-keys", ADMIN_ONLY),
            Map.entry("POST /api/admin/api-keys", ADMIN_ONLY),
            Map.entry("DELETE /api/admin/api-keys/{keyId}", ADMIN_ONLY),
            Map.entry("GET /api/admin/audit", ADMIN_ONLY),
            Map.entry("GET /api/admin/printers", ADMIN_ONLY),
            Map.entry("POST /api/admin/printers", ADMIN_ONLY),
            Map.entry("GET /api/admin/printers/{id}", ADMIN_ONLY),
            Map.entry("PUT /api/admin/printers/{id}", ADMIN_ONLY),
            Map.entry("DELETE /api/admin/printers/{id}", ADMIN_ONLY),
            Map.entry("POST /api/admin/printers/{id}/test-print", ADMIN_ONLY),
            Map.entry("GET /api/admin/printers/stations", ADMIN_ONLY),
            Map.entry("PUT /api/admin/printers/stations/{station}", ADMIN_ONLY),
            Map.entry("GET /api/public/orders/{number}", EnumSet.allOf(Caller.class)),
            Map.entry("GET /api/orders/{number}/emails", SUPPORT_AND_ADMIN),
            Map.entry("POST /api/orders/{number}/emails", SUPPORT_AND_ADMIN),
            Map.entry("GET /api/emails/attention", SUPPORT_AND_ADMIN),
            Map.entry("POST /api/print-runs", WAREHOUSE_ONLY),
            Map.entry("GET /api/print-runs", WAREHOUSE_ONLY),
            Map.entry("GET /api/print-runs/{id}", WAREHOUSE_ONLY),
            Map.entry("GET /api/print-runs/{id}/documents/{file}", WAREHOUSE_ONLY),
            Map.entry("POST /api/print-runs/{id}/reprints", WAREHOUSE_ONLY),
            Map.entry("POST /api/print-runs/{id}/items/{number}/reprints", WAREHOUSE_ONLY),
            Map.entry("GET /api/print-runs/{id}/items/{number}/documents/{file}", WAREHOUSE_ONLY),
            // letters after packing reveal activation codes: support and admins, with a reason
            Map.entry("POST /api/print-runs/{id}/letters/reveal", SUPPORT_AND_ADMIN),
            Map.entry("POST /api/print-runs/{id}/labels/print", WAREHOUSE_ONLY),
            Map.entry("POST /api/print-runs/{id}/items/{number}/letters/reveal", SUPPORT_AND_ADMIN),
            // readiness's details (anonymous /health/ready says only UP or DOWN); also the metrics token
            Map.entry("GET /api/operations/database", ADMIN_ONLY),
            Map.entry("GET /api/s10-ranges", WAREHOUSE_AND_ADMIN),
            Map.entry("POST /api/packing/stations/{station}/scans", WAREHOUSE_ONLY),
            Map.entry("GET /api/packing/stations/{station}", WAREHOUSE_ONLY),
            Map.entry("DELETE /api/packing/stations/{station}/pending", WAREHOUSE_ONLY),
            Map.entry("POST /api/packing/stations/{station}/tracking-labels", WAREHOUSE_ONLY),
            Map.entry("GET /api/packing/events", WAREHOUSE_AND_ADMIN),
            Map.entry("POST /api/dispatches", WAREHOUSE_ONLY),
            Map.entry("GET /api/dispatches", WAREHOUSE_ONLY),
            Map.entry("GET /api/dispatches/{id}", WAREHOUSE_ONLY),
            Map.entry("POST /api/dispatches/{id}/items", WAREHOUSE_ONLY),
            Map.entry("DELETE /api/dispatches/{id}/items/{number}", WAREHOUSE_ONLY),
            Map.entry("PUT /api/dispatches/{id}/items/{number}/postage", WAREHOUSE_ONLY),
            Map.entry("POST /api/dispatches/{id}/close", WAREHOUSE_ONLY),
            Map.entry("GET /api/dispatches/{id}/manifest.pdf", WAREHOUSE_ONLY),
            Map.entry("GET /api/dispatches/{id}/manifest.csv", WAREHOUSE_ONLY),
            Map.entry("GET /api/postage/zones", WAREHOUSE_AND_ADMIN),
            Map.entry("PUT /api/postage/zones/{country}", ADMIN_ONLY),
            Map.entry("GET /api/postage/rates", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/postage/tariffs", WAREHOUSE_AND_ADMIN),
            Map.entry("POST /api/postage/tariffs", ADMIN_ONLY),
            Map.entry("GET /api/postage/quote", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/postage/ledger", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/postage/ledger/totals", WAREHOUSE_AND_ADMIN),
            Map.entry("GET /api/postage/ledger.csv", WAREHOUSE_AND_ADMIN),
            // tracking: the carrier's webhook is authenticated by its HMAC signature, not by a role, so
            // every caller reaches it (here, without a configured secret, it answers 503 to all)
            Map.entry("POST /api/tracking/events", EnumSet.allOf(Caller.class)),
            Map.entry("POST /api/tracking/import", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("GET /api/tracking/unmatched", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("POST /api/tracking/unmatched/reconcile", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("GET /api/orders/{number}/tracking", STAFF),
            Map.entry("POST /api/orders/{number}/tracking/events", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("POST /api/orders/{number}/reship", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("GET /api/delivery-standards", STAFF),
            Map.entry("POST /api/delivery-standards/learn", ADMIN_ONLY),
            Map.entry("GET /api/codes/voided", ADMIN_ONLY),
            Map.entry("GET /api/tracking/lost-proposals", EnumSet.of(Caller.SUPPORT, Caller.ADMIN)),
            Map.entry("GET /api/public/track", EnumSet.allOf(Caller.class)),
            Map.entry("GET /api/public/track/texts", EnumSet.allOf(Caller.class)),
            Map.entry("GET /api/public/order-form.pdf", EnumSet.allOf(Caller.class)),
            Map.entry("GET /api/renewal-forms/{reference}", STAFF),

            Map.entry("GET /api/public/reminders/unsubscribe", EnumSet.allOf(Caller.class)),
            Map.entry("POST /api/public/reminders/unsubscribe", EnumSet.allOf(Caller.class))));

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.inContainer(); // login slow-down after 2, lookups 12 a minute
    }

    @Inject
    StaffAccounts accounts;
    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @ArquillianResource
    URL base;

    @Test
    void everyEndpointAnswersExactlyTheCallersItsRuleNames() throws Exception {
        var openapi = Json.createReader(new StringReader(send(HttpRequest.newBuilder(URI.create(origin() + "/openapi"))
                .header("Accept", "application/json").GET(), null).body())).readObject();
        var listed = new TreeSet<String>();
        for (var path : openapi.getJsonObject("paths").entrySet()) {
            for (var method : path.getValue().asJsonObject().keySet()) {
                listed.add(method.toUpperCase() + " " + path.getKey());
            }
        }
        assertThat(listed).as("every endpoint has a rule in RULES, and every rule an endpoint")
                .isEqualTo(RULES.keySet());

        // staff call from a logged-in browser session, integrations with their key
        Map<Caller, Browser> browsers = new HashMap<>();
        for (var caller : List.of(Caller.WAREHOUSE, Caller.SUPPORT, Caller.ADMIN)) {
            var person = StaffFixture.newAccount(accounts, Set.of(caller.name()));
            browsers.put(caller, new Browser());
            assertThat(browsers.get(caller).login(person.username(), person.password()).statusCode()).isEqualTo(303);
        }
        var apiKey = "Bearer " + newApiKey(StaffFixture.newAccount(accounts, Set.of(Roles.ADMIN)));

        List<String> wrong = new java.util.ArrayList<>();
        for (var rule : RULES.entrySet()) {
            var method = rule.getKey().split(" ")[0];
            var path = rule.getKey().split(" ", 2)[1].replace("{number}", "RP-000000016").replace("{sku}", "NO-SUCH")
                    .replace("{username}", "nobody").replace("{keyId}", "0000000000").replace("{id}", "999999")
                    .replace("{station}", "matrix").replace("{act: hold|release|cancel}", "hold").replace("{file}", "letters.pdf").replace("{country}", "ZZ").replace("{reference}", "RN-000000000000")
                    .replace("{key}", "8901260000000000000").replace("{act: skip|pause|resume|cancel}", "skip")
                    .substring(1);
            for (var caller : Caller.values()) {
                var request = HttpRequest.newBuilder(local(path)).header("Content-Type",
                                path.endsWith("import") || path.endsWith("codes") ? "text/csv" : "application/json")
                        .method(method, method.equals("GET") || method.equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(
                                path.endsWith("import") || path.endsWith("codes") ? "" : "{}"));
                var status = switch (caller) {
                    case ANONYMOUS -> send(request, null).statusCode();
                    case API_KEY -> send(request, apiKey).statusCode();
                    default -> browsers.get(caller).client.send(request.header("Origin", origin()).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                };
                boolean allowed = rule.getValue().contains(caller);
                int expectedRefusal = caller == Caller.ANONYMOUS ? 401 : 403;
                if (allowed ? status == 401 || status == 403 : status != expectedRefusal) {
                    wrong.add(rule.getKey() + " as " + caller + " answered " + status
                            + (allowed ? " but is allowed" : " but should be " + expectedRefusal));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theFirstAdminMustChooseANewPasswordBeforeDoingAnything() throws Exception {
        var browser = new Browser();
        var login = browser.login("admin", TestDeployment.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/password.html");

        var me = json(browser.get("api/me"));
        assertThat(me.getBoolean("mustChangePassword")).isTrue();
        assertThat(me.getJsonArray("roles")).isEmpty();
        assertThat(browser.get("api/queue").statusCode()).isEqualTo(403);

        var weak = browser.send("PUT", "api/me/password", Json.createObjectBuilder()
                .add("currentPassword", TestDeployment.ADMIN_PASSWORD).add("newPassword", "password1234").build());
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).getString("detail")).contains("common");

        var chosen = "a calm sea at dawn " + UUID.randomUUID();
        assertThat(browser.send("PUT", "api/me/password", Json.createObjectBuilder()
                .add("currentPassword", TestDeployment.ADMIN_PASSWORD).add("newPassword", chosen).build())
                .statusCode()).isEqualTo(204);
        assertThat(browser.get("api/queue").statusCode()).isEqualTo(200);
        assertThat(new Browser().login("admin", TestDeployment.ADMIN_PASSWORD).headers()
                .firstValue("Location")).get().asString().contains("error=");
    }

    @Test
    void failedLoginsSlowDownWithoutEverLockingAndAnAdminCanEndTheSlowDown() throws Exception {
        var person = StaffFixture.newAccount(accounts, Set.of(Roles.WAREHOUSE));
        var admin = StaffFixture.newAccount(accounts, Set.of(Roles.ADMIN));
        var browser = new Browser();

        assertThat(browser.login(person.username(), "not the password").headers().firstValue("Location"))
                .get().asString().contains("Wrong+username+or+password");
        browser.login(person.username(), "not the password either");
        // two failures: the next attempt must wait, even with the right password; nothing says "locked"
        var tooSoon = browser.login(person.username(), person.password());
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooSoon.body()).doesNotContain("locked");
        assertThat(browser.get("api/me").statusCode()).isEqualTo(401);

        // the admin's release ends the slow-down at once
        var unlock = HttpRequest.newBuilder(local("api/admin/staff/" + person.username() + "/unlock"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertThat(send(unlock, admin.basic()).statusCode()).isEqualTo(204);
        assertThat(browser.login(person.username(), person.password()).headers().firstValue("Location"))
                .get().asString().doesNotContain("error=").endsWith("/staff/index.xhtml");
        assertThat(browser.get("api/me").statusCode()).isEqualTo(200);

        var audit = send(HttpRequest.newBuilder(local("api/admin/audit?q=" + person.username())).GET(), admin.basic());
        assertThat(audit.body()).contains("LOGIN_FAILED", "STAFF_UNLOCKED", "\"LOGIN\"").doesNotContain("LOGIN_LOCKED");
    }

    @Test
    void loginChangesTheSessionIdLogoutEndsItAndDisablingAnAccountEndsItsSessions() throws Exception {
        var person = StaffFixture.newAccount(accounts, Set.of(Roles.SUPPORT));
        var admin = StaffFixture.newAccount(accounts, Set.of(Roles.ADMIN));
        var browser = new Browser();

        browser.login(person.username(), person.password());
        var first = browser.sessionId();
        assertThat(first).isNotNull();
        browser.login(person.username(), person.password());
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(first);
        assertThat(browser.get("api/me").statusCode()).isEqualTo(200);

        var logout = browser.send("POST", "logout", null);
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(browser.get("api/me").statusCode()).isEqualTo(401);

        var other = new Browser();
        other.login(person.username(), person.password());
        assertThat(other.get("api/queue").statusCode()).isEqualTo(200);
        var disable = HttpRequest.newBuilder(local("api/admin/staff/" + person.username()))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}"));
        assertThat(send(disable, admin.basic()).statusCode()).isEqualTo(200);
        assertThat(other.get("api/queue").statusCode()).isEqualTo(401);
        assertThat(other.login(person.username(), person.password()).headers().firstValue("Location"))
                .get().asString().contains("error=");
    }

    @Test
    void codesAreMaskedRevealedOnlyToSupportWithAReasonAndAudited() throws Exception {
        var code = Shop.esimCode();
        UsedCodes.record(List.of(code));
        var sku = "SEC-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.add(new Product(sku, "Security test", ProductKind.ESIM_PROFILE, 30, "5 GB", Money.of("20.00", "USD"),
                20, "490700", "Printed eSIM activation letter", null, 1));
        codeStock.importCsv(catalogue.bySku(sku).orElseThrow(), new StringReader("code\n" + code + "\n"));
        var number = intake.receive(new OrderRequest("Li Hua", null, "li@example.com", null, "zh-Hans",
                new OrderRequest.Address(null, List.of("No. 1 Road"), "Haidian", "Beijing", "Beijing", "100080", "CN"),
                sku, Shop.iccid(), null, LocalDate.now().plusDays(60), null, "POST",
                null, new OrderRequest.PaymentDetails("CHEQUE", "1", new BigDecimal("20.00"), "USD", null), null),
                null, "test").order().number().value();
        codeStock.allocateFor(com.renewalpost.fulfilment.orders.OrderNumber.parse(number).orElseThrow(), "test");

        var warehouse = StaffFixture.newAccount(accounts, Set.of(Roles.WAREHOUSE)).basic();
        var support = StaffFixture.newAccount(accounts, Set.of(Roles.SUPPORT));
        var admin = StaffFixture.newAccount(accounts, Set.of(Roles.ADMIN)).basic();

        var order = send(HttpRequest.newBuilder(local("api/orders/" + number)).GET(), warehouse);
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).doesNotContain(code.substring(code.lastIndexOf('$') + 1))
                .contains("\"maskedCode\":\"••••" + code.substring(code.length() - 4) + "\"");
        assertThat(order.headers().firstValue("Cache-Control")).contains("no-store");

        var reveal = "api/orders/" + number + "/code/reveal";
        assertThat(send(post(reveal, "{\"reason\":\"customer on the phone\"}"), warehouse).statusCode()).isEqualTo(403);
        assertThat(send(post(reveal, "{}"), support.basic()).statusCode()).isEqualTo(400);
        var revealed = send(post(reveal, "{\"reason\":\"customer cannot read the letter\"}"), support.basic());
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(json(revealed).getString("code")).isEqualTo(code);
        assertThat(revealed.headers().firstValue("Cache-Control")).contains("no-store");

        var audit = send(HttpRequest.newBuilder(local("api/admin/audit?action=CODE_REVEALED")).GET(), admin);
        assertThat(audit.body()).contains(number, support.username(), "customer cannot read the letter")
                .doesNotContain(code.substring(code.lastIndexOf('$') + 1));
    }

    @Test
    void apiKeysWorkForTheirScopeOnlyAndStopWhenRevoked() throws Exception {
        var admin = StaffFixture.newAccount(accounts, Set.of(Roles.ADMIN));
        var created = send(post("api/admin/api-keys", "{\"name\":\"Web shop\",\"scope\":\"orders:write\"}"),
                admin.basic());
        assertThat(created.statusCode()).isEqualTo(201);
        var token = json(created).getString("token");
        var keyId = json(created).getJsonObject("key").getString("keyId");
        // the secret follows "<keyId>_" and may itself hold '_' (base64url)
        var secret = token.substring(token.indexOf(keyId + "_") + keyId.length() + 1);
        assertThat(secret).hasSizeGreaterThan(40);
        assertThat(send(HttpRequest.newBuilder(local("api/admin/api-keys")).GET(), admin.basic()).body())
                .contains(keyId).doesNotContain(secret);

        assertThat(send(post("api/orders", "{}"), "Bearer " + token).statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(local("api/queue")).GET(), "Bearer " + token).statusCode())
                .isEqualTo(403);
        assertThat(send(post("api/orders", "{}"), "Bearer " + token + "x").statusCode()).isEqualTo(401);

        var revoke = HttpRequest.newBuilder(local("api/admin/api-keys/" + keyId)).DELETE();
        assertThat(send(revoke, admin.basic()).statusCode()).isEqualTo(200);
        assertThat(send(post("api/orders", "{}"), "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void defensiveHeadersOnPagesAndApiAndCrossSitePostsRefused() throws Exception {
        for (var path : List.of("login.html", "api/products", "no-such-page")) {
            var response = send(HttpRequest.newBuilder(local(path)).GET(), null);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'").contains("default-src 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        }
        var person = StaffFixture.newAccount(accounts, Set.of(Roles.WAREHOUSE));
        var browser = new Browser();
        browser.login(person.username(), person.password());
        var forged = browser.client.send(HttpRequest.newBuilder(local("api/orders"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("cross-site");
        assertThat(browser.send("POST", "api/orders", Json.createObjectBuilder().build()).statusCode())
                .as("the same request from our own page").isEqualTo(400);
        var forgedLogin = new Browser().client.send(HttpRequest.newBuilder(local("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forgedLogin.statusCode()).isEqualTo(403);
    }

    @Test
    void customersSeeOnlyTheStatusOfTheirOwnOrderAndLookupsAreRateLimited() throws Exception {
        var sku = "PUB-" + UUID.randomUUID().toString().substring(0, 8);
        catalogue.add(new Product(sku, "Public test", ProductKind.VOUCHER, 30, "5 GB", Money.of("20.00", "USD"),
                20, "490700", "Printed voucher", "\\d{16}", 1));
        var number = intake.receive(new OrderRequest("Oliver Smith", null, "oliver@example.com", null, "en",
                new OrderRequest.Address(null, List.of("10 Downing Street"), null, "London", null, "SW1A 2AA", "GB"),
                sku, Shop.iccid(), null, LocalDate.now().plusDays(60), null, "POST",
                null, new OrderRequest.PaymentDetails("CHEQUE", "1", new BigDecimal("20.00"), "USD", null), null),
                null, "test").order().number().value();

        var own = send(HttpRequest.newBuilder(local("api/public/orders/" + number + "?postcode=sw1a2aa")).GET(), null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own).getString("status")).isEqualTo("QUEUED");
        assertThat(own.body()).doesNotContain("Oliver").doesNotContain("Downing");
        var wrongPostcode = send(HttpRequest.newBuilder(local("api/public/orders/" + number + "?postcode=SW1A1AA"))
                .GET(), null);
        assertThat(wrongPostcode.statusCode()).isEqualTo(404);

        int limited = 0;
        for (int i = 0; i < 20 && limited == 0; i++) {
            var answer = send(HttpRequest.newBuilder(local("api/public/orders/RP-000000016?postcode=1")).GET(), null);
            if (answer.statusCode() == 429) {
                limited++;
            } else {
                assertThat(answer.statusCode()).isEqualTo(404);
            }
        }
        assertThat(limited).as("the twelve-a-minute limit answers 429").isEqualTo(1);
    }

    // ---- helpers ----

    /** A browser: keeps cookies, sends its own Origin like a real one, does not follow redirects. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> login(String username, String password) throws Exception {
            var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=/";
            return client.send(HttpRequest.newBuilder(local("login")).header("Origin", origin())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(local(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, JsonObject body) throws Exception {
            return client.send(HttpRequest.newBuilder(local(path)).header("Origin", origin())
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private String newApiKey(StaffFixture.Credentials admin) throws Exception {
        var created = send(post("api/admin/api-keys", "{\"name\":\"Matrix\",\"scope\":\"orders:write\"}"),
                admin.basic());
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).getString("token");
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(local(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String origin() {
        return "http://127.0.0.1:" + base.getPort();
    }

    private URI local(String path) {
        var context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return URI.create(origin() + context + path);
    }
}
