package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.CodeEmailMessages;
import com.renewalpost.fulfilment.notifications.EmailQueue;
import com.renewalpost.fulfilment.notifications.EmailSending;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderLifecycle;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.FulfilmentDatabase;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.it.fixtures.TestSettings;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import com.renewalpost.fulfilment.orders.PublicLookup;
import com.renewalpost.fulfilment.tracking.CustomerTracking;
import com.renewalpost.fulfilment.tracking.PublicTracking;
import com.renewalpost.fulfilment.tracking.WebhookSignature;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking in a running Payara Micro (the in-container classes' one server): the signed webhook and its refusals,
 * duplicates and out-of-order events, events waiting for their letter, the CSV upload, lost
 * letters and reships with the code exposure rules, learned delivery standards and the public
 * tracking page with its rate limit. Each test makes its own orders and tracking numbers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2) // TestDeployment.inContainer(): one server for every in-container class; after the demo, the clock not moved yet
class TrackingIT {

    /** A constant: the class is loaded again inside the server, where a random value would differ. */
    static final String SECRET = "it-webhook-secret-7f3a9c2e";
    /** Where this class's public lookups come from (X-Forwarded-For): a budget of the rate limit of its own. */
    private static final String CLIENT_ADDRESS = "192.0.2.16";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.inContainer();
    }

    /**
     * With a webhook secret, for this class's tests only: other classes expect none (SecurityIT's
     * unsigned calls answer 503 then, not 401). The outbox is not under test here: the worker does
     * not send while a test looks.
     */
    @BeforeEach
    void settings() {
        TestSettings.put("fulfilment.tracking.webhook-secret", SECRET);
        TestSettings.put("fulfilment.email.send-interval-seconds", "3600");
    }

    @AfterEach
    void settingsBack() {
        TestSettings.reset();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    Orders orders;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    EmailQueue emailQueue;
    @Inject
    EmailSending emailSending;
    @Inject
    DeliveryStandards standards;
    @Inject
    TrackingFixture fixture;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    CustomerTracking customerTracking;
    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;
    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();
    private final WebhookSignature signer = new WebhookSignature(SECRET);
    private final Random random = new Random();
    /** One support and one admin session for the whole class: each password check is a slow hash. */
    private static StaffSession support;
    private static StaffSession admin;

    @BeforeEach
    void staff() {
        if (support == null) {
            support = StaffSession.of(base, staffAccounts, Set.of("SUPPORT"));
            admin = StaffSession.of(base, staffAccounts, Set.of("ADMIN"));
        }
    }

    @Test
    @Order(1)
    void aSignedEventIsAppliedAndEveryBadSignatureOrBodyIsRefused() throws Exception {
        var product = newProduct(2);
        var number = postedOrder(product, japan(), null, LocalDate.now());
        var tracking = trackingNumberOf(number);
        var body = event("E-" + UUID.randomUUID(), tracking, "OUT_FOR_DELIVERY", OffsetDateTime.now(ZoneOffset.UTC));
        var now = Instant.now().getEpochSecond();

        var changedByte = body.replace("OUT_FOR_DELIVERY", "OUT_FOR_DELIVERZ");
        assertThat(webhook(changedByte, signer.sign(now, bytes(body))).statusCode()).isEqualTo(401);
        assertThat(webhook(body, signer.sign(now - 301, bytes(body))).statusCode()).isEqualTo(401);
        assertThat(webhook(body, null).statusCode()).isEqualTo(401);
        assertThat(webhook(body, new WebhookSignature("not the secret").sign(now, bytes(body))).statusCode())
                .isEqualTo(401);
        var refused = webhook(body, "t=" + now + ",v1=00");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking + "'"))
                .as("nothing refused was stored").isZero();

        var notAnEvent = "{\"trackingNumber\":\"RB473124828US\",\"status\":\"WARP\"}";
        var bad = webhook(notAnEvent, signer.sign(now, bytes(notAnEvent)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).getJsonArray("errors").toString()).contains("trackingNumber", "status", "occurredAt");
        assertThat(webhook("not json", signer.sign(now, bytes("not json"))).statusCode()).isEqualTo(400);

        var accepted = webhook(body, signer.sign(now, bytes(body)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted).getString("outcome")).isEqualTo("APPLIED");
        assertThat(json(accepted).getString("shipmentStatus")).isEqualTo("OUT_FOR_DELIVERY");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.POSTED);

        var delivered = event(null, tracking, "DELIVERED", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1));
        var applied = webhook(delivered, signer.sign(now, bytes(delivered)));
        assertThat(json(applied).getString("orderStatus")).isEqualTo("DELIVERED");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);

        var view = json(get("api/orders/" + number + "/tracking", support));
        assertThat(view.getJsonArray("letters").getJsonObject(0).getString("status")).isEqualTo("DELIVERED");
        assertThat(view.getJsonArray("letters").getJsonObject(0).getJsonArray("events")).hasSize(2);
    }

    @Test
    @Order(2)
    void theSameEventFiftyTimesAtOnceChangesTheStatusOnce() throws Exception {
        var number = postedOrder(newProduct(1), japan(), null, LocalDate.now());
        var tracking = trackingNumberOf(number);
        var body = event("E-" + UUID.randomUUID(), tracking, "DELIVERED", OffsetDateTime.now(ZoneOffset.UTC));
        var signature = signer.sign(Instant.now().getEpochSecond(), bytes(body));

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(http.sendAsync(webhookRequest(body, signature), HttpResponse.BodyHandlers.ofString()));
        }
        List<String> outcomes = new ArrayList<>();
        for (var call : calls) {
            var response = call.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            outcomes.add(json(response).getString("outcome"));
        }

        assertThat(outcomes).filteredOn("APPLIED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("DUPLICATE"::equals).hasSize(49);
        var order = orders.byNumber(number).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(count("SELECT COUNT(*) FROM order_timeline WHERE order_id = " + order.id()
                + " AND kind = 'TRANSITION' AND to_status = 'DELIVERED'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking + "'"))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void aLateInTransitScanDoesNotUndoADelivery() throws Exception {
        var number = postedOrder(newProduct(1), japan(), null, LocalDate.now().minusDays(6));
        var tracking = trackingNumberOf(number);
        var deliveredAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        var delivered = event(null, tracking, "DELIVERED", deliveredAt);
        // the carrier's older scan arrives after the delivery, and a stray later one too
        var inTransit = event(null, tracking, "IN_TRANSIT", deliveredAt.minusDays(3));
        var stray = event(null, tracking, "IN_TRANSIT", deliveredAt.plusHours(5));
        long now = Instant.now().getEpochSecond();
        assertThat(json(webhook(delivered, signer.sign(now, bytes(delivered)))).getString("orderStatus"))
                .isEqualTo("DELIVERED");
        assertThat(json(webhook(inTransit, signer.sign(now, bytes(inTransit)))).getString("shipmentStatus"))
                .isEqualTo("DELIVERED");
        assertThat(json(webhook(stray, signer.sign(now, bytes(stray)))).getString("shipmentStatus"))
                .isEqualTo("DELIVERED");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    @Order(3)
    void anEventDatedAWeekAheadIsRefusedOnEveryWayInAndChangesNothing() throws Exception {
        var number = postedOrder(newProduct(1), japan(), null, LocalDate.now());
        var tracking = trackingNumberOf(number);
        var nextWeek = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7);

        var delivered = event("E-" + UUID.randomUUID(), tracking, "DELIVERED", nextWeek);
        var byWebhook = webhook(delivered, signer.sign(Instant.now().getEpochSecond(), bytes(delivered)));
        assertThat(byWebhook.statusCode()).as(byWebhook.body()).isEqualTo(422);
        assertThat(json(byWebhook).getString("type")).isEqualTo("/problems/event-in-the-future");
        assertThat(json(byWebhook).getString("detail")).contains("later than now").contains("offset");

        var csv = "tracking_number,status,occurred_at,location\n"
                + tracking + ",IN_TRANSIT," + OffsetDateTime.now(ZoneOffset.UTC).minusHours(2) + ",JFK\n"
                + tracking + ",DELIVERED," + nextWeek + ",TOKYO\n";
        var report = json(post("api/tracking/import", csv, "text/csv", support));
        assertThat(report.getInt("imported")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        var refusedRow = report.getJsonArray("rows").getJsonObject(1);
        assertThat(refusedRow.getInt("line")).isEqualTo(3);
        assertThat(refusedRow.getJsonArray("problems").getString(0)).contains("later than now");

        var manual = post("api/orders/" + number + "/tracking/events", Json.createObjectBuilder()
                .add("status", "DELIVERED").add("reason", "the customer called")
                .add("occurredAt", nextWeek.toString()).build().toString(), "application/json", support);
        assertThat(manual.statusCode()).as(manual.body()).isEqualTo(422);

        // a carrier's clock a few minutes ahead is not a mistake
        var slightlyAhead = event(null, tracking, "OUT_FOR_DELIVERY", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertThat(json(webhook(slightlyAhead, signer.sign(Instant.now().getEpochSecond(), bytes(slightlyAhead))))
                .getString("outcome")).isEqualTo("APPLIED");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.POSTED);
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking + "'"))
                .as("only the believable events were stored").isEqualTo(2);
    }

    @Test
    @Order(4)
    void eventsForAnUnknownNumberWaitAndAttachWhenALetterCarriesIt() throws Exception {
        var number = postedOrderWithoutNumber(newProduct(1));
        var tracking = newTrackingNumber();
        var returned = event(null, tracking, "RETURNED_TO_SENDER", OffsetDateTime.now(ZoneOffset.UTC));
        var answer = webhook(returned, signer.sign(Instant.now().getEpochSecond(), bytes(returned)));
        assertThat(json(answer).getString("outcome")).isEqualTo("UNMATCHED");
        // the carrier's export says the same, plus an earlier scan, a repeat and a broken row
        var csv = "tracking_number,status,occurred_at,location\n"
                + tracking + ",In transit," + OffsetDateTime.now(ZoneOffset.UTC).minusHours(20) + ",JFK\n"
                + tracking + ",RETURNED_TO_SENDER," + Json.createReader(new StringReader(returned)).readObject()
                .getString("occurredAt") + ",\n"
                + "RB473124828US,DELIVERED,2026-01-01T00:00:00Z,\n";
        var report = json(post("api/tracking/import", csv, "text/csv", support));
        assertThat(report.getInt("imported")).isEqualTo(1);
        assertThat(report.getInt("alreadyPresent")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(1);
        assertThat(report.getJsonArray("rows").getJsonObject(2).getInt("line")).isEqualTo(4);

        var waiting = get("api/tracking/unmatched", support).body();
        assertThat(waiting).contains(tracking);
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.POSTED);

        fixture.attachNumber(number, new TrackingNumber(tracking));
        var reconciled = json(post("api/tracking/unmatched/reconcile", "", "application/json", support));
        assertThat(reconciled.getInt("eventsAttached")).isGreaterThanOrEqualTo(2);
        assertThat(get("api/tracking/unmatched", support).body()).doesNotContain(tracking);
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.RETURNED);
    }

    @Test
    @Order(4)
    void anEventAgainAfterItsLetterGotTheNumberIsADuplicateAndTheNextOneTakesTheWaitingOnesAlong() throws Exception {
        var number = postedOrderWithoutNumber(newProduct(1));
        var tracking = newTrackingNumber();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var inTransit = event("E-" + UUID.randomUUID(), tracking, "IN_TRANSIT", now.minusHours(2));
        var accepted = event(null, tracking, "ACCEPTED", now.minusHours(5));
        assertThat(outcome(inTransit)).isEqualTo("UNMATCHED");
        assertThat(outcome(accepted)).isEqualTo("UNMATCHED");
        fixture.attachNumber(number, new TrackingNumber(tracking));

        // the carrier sends a waiting event again: a repeat, which attaches nothing by itself
        assertThat(outcome(inTransit)).isEqualTo("DUPLICATE");
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking
                + "' AND shipment_id IS NULL")).isEqualTo(2);

        // the next new event takes the waiting ones along; the letter's status is the latest of the three
        var arrivedId = "E-" + UUID.randomUUID();
        var arrived = event(arrivedId, tracking, "ARRIVED_IN_DESTINATION", now.minusHours(1));
        var applied = json(webhook(arrived, signer.sign(Instant.now().getEpochSecond(), bytes(arrived))));
        assertThat(applied.getString("outcome")).isEqualTo("APPLIED");
        assertThat(applied.getString("shipmentStatus")).isEqualTo("ARRIVED_IN_DESTINATION");
        assertThat(applied.getString("orderStatus")).isEqualTo("POSTED");
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking
                + "' AND shipment_id IS NULL")).isZero();
        var order = orders.byNumber(number).orElseThrow();
        assertThat(count("SELECT event_count FROM shipment_tracking WHERE order_id = " + order.id())).isEqualTo(3);

        // the same id again: the same event is a repeat, another status under it is refused and changes nothing
        assertThat(outcome(arrived)).isEqualTo("DUPLICATE");
        var changed = event(arrivedId, tracking, "DELIVERED", now.minusHours(1));
        var refused = webhook(changed, signer.sign(Instant.now().getEpochSecond(), bytes(changed)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).getString("type")).isEqualTo("/problems/tracking-event-conflict");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.POSTED);
        assertThat(count("SELECT COUNT(*) FROM tracking_event WHERE tracking_number = '" + tracking + "'"))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM order_timeline WHERE order_id = " + order.id()
                + " AND kind = 'TRACKING'")).as("each new event told once on the order's timeline").isEqualTo(1);

        // delivered under a new id: the order follows, once, and its timeline has every entry before it too
        var delivered = event("E-" + UUID.randomUUID(), tracking, "DELIVERED", now.minusMinutes(30));
        assertThat(outcome(delivered)).isEqualTo("APPLIED");
        assertThat(outcome(delivered)).isEqualTo("DUPLICATE");
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(count("SELECT COUNT(*) FROM order_timeline WHERE order_id = " + order.id()
                + " AND kind = 'TRANSITION' AND to_status = 'DELIVERED'")).isEqualTo(1);
        var timeline = json(get("api/orders/" + number, support)).getJsonArray("timeline")
                .getValuesAs(JsonObject.class);
        assertThat(timeline.stream().filter(t -> t.getString("kind").equals("TRANSITION"))
                .map(t -> t.getString("to")).toList())
                .containsSubsequence("RECEIVED", "PRINTED", "PACKED", "POSTED", "DELIVERED").endsWith("DELIVERED");
        assertThat(timeline.stream().filter(t -> t.getString("kind").equals("TRACKING"))).hasSize(2);
    }

    private String outcome(String event) throws Exception {
        var answer = webhook(event, signer.sign(Instant.now().getEpochSecond(), bytes(event)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getString("outcome");
    }

    @Test
    @Order(5)
    void aLostLettersReshipVoidsTheExposedCodeAndTheReplacementGetsANewOne() throws Exception {
        var product = newProduct(3);
        var number = postedOrder(product, japan(), null, LocalDate.now().minusDays(40));
        var firstCode = plainCode(number);

        var lost = post("api/orders/" + number + "/tracking/events", Json.createObjectBuilder()
                .add("status", "LOST").add("reason", "Post office confirms the item is lost").build().toString(),
                "application/json", support);
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
        assertThat(orders.byNumber(number).orElseThrow().status()).isEqualTo(OrderStatus.LOST);

        var reship = post("api/orders/" + number + "/reship", "{\"reason\":\"lost in the post\"}", "application/json",
                support);
        assertThat(reship.statusCode()).as(reship.body()).isEqualTo(201);
        var outcome = json(reship);
        assertThat(outcome.getString("codeDecision")).isEqualTo("VOIDED");
        var replacement = OrderNumber.parse(outcome.getString("replacementNumber")).orElseThrow();
        assertThat(outcome.getString("replacementStatus")).isEqualTo("QUEUED");

        var original = orders.byNumber(number).orElseThrow();
        assertThat(count("SELECT COUNT(*) FROM activation_code WHERE order_id = " + original.id()
                + " AND status = 'VOID' AND voided_at IS NOT NULL")).isEqualTo(1);
        assertThat(plainCode(replacement)).isNotEqualTo(firstCode);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'RESHIP' AND subject = '" + number + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'CODE_VOIDED' AND subject = '" + number
                + "'")).isEqualTo(1);
        assertThat(text("SELECT detail FROM audit_event WHERE action = 'CODE_VOIDED' AND subject = '" + number + "'"))
                .doesNotContain(firstCode.substring(22));
        var replacementId = orders.byNumber(replacement).orElseThrow().id();
        assertThat(count("SELECT COUNT(*) FROM email_outbox WHERE order_id = " + replacementId
                + " AND reason = 'REPLACEMENT' AND template = 'REPLACEMENT_SENT' AND status = 'PENDING'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM reship WHERE code_decision = 'VOIDED' AND original_order_id = "
                + original.id() + " AND replacement_order_id = " + replacementId)).isEqualTo(1);

        var again = post("api/orders/" + number + "/reship", "{\"reason\":\"twice\"}", "application/json", support);
        assertThat(again.statusCode()).isEqualTo(409);

        var export = get("api/codes/voided", admin);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(export.body()).contains(number.value()).contains(firstCode);
    }

    @Test
    @Order(6)
    void aReshipKeepsTheCodeTheCustomerAlreadyHadByEmail() throws Exception {
        var number = postedOrder(newProduct(2), japan(), null, LocalDate.now().minusDays(40));
        var code = plainCode(number);
        emailQueue.queueBySupport(number, "customer asked, letter late", "test");
        // the mail server accepted it
        execute("UPDATE email_outbox SET status = 'SENT', settled_at = CURRENT_TIMESTAMP WHERE order_id = "
                + orders.byNumber(number).orElseThrow().id());

        post("api/orders/" + number + "/tracking/events", "{\"status\":\"LOST\",\"reason\":\"not arrived\"}",
                "application/json", support);
        var outcome = json(post("api/orders/" + number + "/reship", "{\"reason\":\"lost\"}", "application/json",
                support));

        assertThat(outcome.getString("codeDecision")).isEqualTo("KEPT");
        var replacement = OrderNumber.parse(outcome.getString("replacementNumber")).orElseThrow();
        assertThat(plainCode(replacement)).isEqualTo(code);
        assertThat(count("SELECT COUNT(*) FROM activation_code WHERE order_id = "
                + orders.byNumber(number).orElseThrow().id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'CODE_VOIDED' AND subject = '" + number
                + "'")).isZero();
    }

    @Test
    @Order(6)
    void aReshipWhileSupportsCodeEmailWaitsKeepsTheCodeAndTheEmailStillSendsIt() throws Exception {
        var number = postedOrder(newProduct(2), japan(), null, LocalDate.now().minusDays(40));
        var code = plainCode(number);
        // support promised the code by email; the mail server has not taken it yet (it waits in the outbox)
        emailQueue.queueBySupport(number, "customer asked, letter late", "test");
        var originalId = orders.byNumber(number).orElseThrow().id();

        post("api/orders/" + number + "/tracking/events", "{\"status\":\"LOST\",\"reason\":\"not arrived\"}",
                "application/json", support);
        var outcome = json(post("api/orders/" + number + "/reship", "{\"reason\":\"lost\"}", "application/json",
                support));

        assertThat(outcome.getString("codeDecision")).as("the promised code is not voided").isEqualTo("KEPT");
        var replacement = OrderNumber.parse(outcome.getString("replacementNumber")).orElseThrow();
        assertThat(plainCode(replacement)).isEqualTo(code);
        assertThat(count("SELECT COUNT(*) FROM activation_code WHERE status = 'VOID' AND order_id = " + originalId))
                .isZero();
        // the waiting email can still be sent, with the code the replacement now carries
        var waiting = count("SELECT id FROM email_outbox WHERE order_id = " + originalId
                + " AND reason = 'SUPPORT' AND status = 'PENDING'");
        var composed = emailSending.compose(waiting, jakarta.mail.Session.getInstance(new java.util.Properties()));
        assertThat(composed).isInstanceOf(CodeEmailMessages.Ready.class);
        assertThat(decoded(((CodeEmailMessages.Ready) composed).message())).contains(code);
    }

    /** The text parts of a message, decoded. */
    private static String decoded(jakarta.mail.internet.MimeMessage message) throws Exception {
        var text = new StringBuilder();
        collect(message.getContent(), text);
        return text.toString();
    }

    private static void collect(Object content, StringBuilder text) throws Exception {
        if (content instanceof String s) {
            text.append(s);
        } else if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i).getContent(), text);
            }
        }
    }

    @Test
    @Order(7)
    void theLearnedStandardIsThe80thPercentileOfTwentyFiveDeliveries() throws Exception {
        var product = newProduct(0);
        // Australia: no other letter on the shared server is delivered there (the demo's are not)
        var seeded = standards.table().transitDays("AU", PostalService.TRACKED_LETTER);
        List<Integer> transit = new ArrayList<>();
        var generator = new Random(11);
        for (int i = 0; i < 25; i++) {
            int days = 4 + generator.nextInt(17);
            transit.add(days);
            var deliveredOn = LocalDate.now().minusDays(1 + generator.nextInt(60));
            var number = postedOrder(product, australia(), "TRACKED_LETTER", deliveredOn.minusDays(days));
            var body = event(null, trackingNumberOf(number), "DELIVERED", TrackingFixture.utc(deliveredOn, 10));
            assertThat(json(webhook(body, signer.sign(Instant.now().getEpochSecond(), bytes(body))))
                    .getString("orderStatus")).isEqualTo("DELIVERED");
            if (i == 18) {
                post("api/delivery-standards/learn", "", "application/json", admin);
                var before = australianTracked(json("[", get("api/delivery-standards", support)));
                // JSON-B leaves out null fields
                assertThat(before.containsKey("learnedDays") && !before.isNull("learnedDays"))
                        .as("19 deliveries are not enough").isFalse();
                assertThat(before.getInt("effectiveDays")).isEqualTo(seeded);
            }
        }
        // independently: the smallest day count that at least 80 % of the deliveries did not exceed
        int expected = transit.stream().sorted().filter(d -> transit.stream().filter(t -> t <= d).count() * 5
                >= transit.size() * 4L).findFirst().orElseThrow();
        // a letter to Australia still in the post: the end of its standard, which the delay check reads, follows
        var inThePost = postedOrder(product, australia(), "TRACKED_LETTER", LocalDate.now());
        var ordersRow = "FROM customer_order WHERE order_number = '" + inThePost.value() + "'";
        var postedOn = LocalDate.parse(text("SELECT CAST(posted_on AS VARCHAR(10)) " + ordersRow).strip());
        assertThat(text("SELECT CAST(standard_ends_on AS VARCHAR(10)) " + ordersRow).strip())
                .isEqualTo(postedOn.plusDays(seeded).toString());

        var learn = post("api/delivery-standards/learn", "", "application/json", admin);
        assertThat(learn.statusCode()).as(learn.body()).isEqualTo(200);
        var row = australianTracked(json("[", get("api/delivery-standards", support)));
        assertThat(row.getInt("learnedDays")).isEqualTo(expected);
        assertThat(row.getInt("learnedFrom")).isEqualTo(25);
        assertThat(row.getInt("standardDays")).isEqualTo(seeded);
        assertThat(row.getInt("effectiveDays")).isEqualTo(expected);
        assertThat(standards.table().transitDays("AU", PostalService.TRACKED_LETTER)).isEqualTo(expected);
        assertThat(text("SELECT CAST(standard_ends_on AS VARCHAR(10)) " + ordersRow).strip())
                .as("recomputed with the learned standard").isEqualTo(postedOn.plusDays(expected).toString());
    }

    @Test
    @Order(8)
    void thePublicPageShowsTheJourneyButNeverTheNameAddressOrCode() throws Exception {
        var number = postedOrder(newProduct(1), japan(), null, LocalDate.now().minusDays(2));
        var tracking = trackingNumberOf(number);
        var scan = event(null, tracking, "ARRIVED_IN_DESTINATION", OffsetDateTime.now(ZoneOffset.UTC).minusHours(3));
        webhook(scan, signer.sign(Instant.now().getEpochSecond(), bytes(scan)));
        var code = plainCode(number);

        var answer = anonymous("api/public/track?order=" + number + "&postcode=150-0002");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var view = json(answer);
        assertThat(view.getString("status")).isEqualTo("POSTED");
        assertThat(view.getString("letterStatus")).isEqualTo("ARRIVED_IN_DESTINATION");
        assertThat(view.getJsonObject("expectedDelivery").getString("latest")).isNotBlank();
        assertThat(view.getBoolean("codeEmailed")).isFalse();
        assertThat(view.getJsonArray("timeline").toString()).contains("QUEUED", "POSTED", "ARRIVED_IN_DESTINATION");
        var page = answer.body() + anonymous("track.html").body() + anonymous("static/track.js").body();
        assertThat(page).doesNotContain("Yuki").doesNotContain("Tanaka").doesNotContain("Shibuya")
                .doesNotContain("150-0002").doesNotContain("yuki").doesNotContain(code.substring(22))
                .doesNotContain("8901260");

        var unknown = anonymous("api/public/track?order=RP-000000016&postcode=150-0002");
        var wrongPostcode = anonymous("api/public/track?order=" + number + "&postcode=150-0003");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongPostcode.statusCode()).isEqualTo(404);
        assertThat(wrongPostcode.body()).isEqualTo(unknown.body());
    }

    /**
     * The summary the public lookup reads is kept in step by every kind of change: after each, it
     * answers what the order's timeline, letter, events, emails and reships tell when read one by one.
     */
    @Test
    @Order(8)
    void thePublicLookupsSummaryAnswersAsEverySourceDoesAfterEachChange() throws Exception {
        var number = postedOrder(newProduct(2), japan(), null, LocalDate.now().minusDays(3));
        var tracking = trackingNumberOf(number);
        assertThat(agreed(number).expectedDelivery()).isNotNull();

        var now = OffsetDateTime.now(ZoneOffset.UTC);
        signed(event("in-transit-1", tracking, "IN_TRANSIT", now.minusHours(30)));
        // late and twice: an earlier scan arriving after a later one
        signed(event(null, tracking, "ACCEPTED", now.minusHours(40)));
        signed(event(null, tracking, "ACCEPTED", now.minusHours(40)));
        signed(event(null, tracking, "IN_TRANSIT", now.minusHours(30)));
        var inTransit = agreed(number);
        assertThat(inTransit.letterStatus()).isEqualTo("IN_TRANSIT");
        assertThat(inTransit.timeline()).extracting(s -> s.status()).containsSubsequence("ACCEPTED", "IN_TRANSIT");

        emailQueue.queueBySupport(number, "customer asked, letter late", "test");
        assertThat(agreed(number).codeEmailed()).isFalse();
        execute("UPDATE email_outbox SET status = 'SENT', settled_at = CURRENT_TIMESTAMP WHERE order_id = "
                + orders.byNumber(number).orElseThrow().id());
        assertThat(agreed(number).codeEmailed()).isTrue();

        signed(event(null, tracking, "DELIVERED", now.minusHours(2)));
        signed(event(null, tracking, "IN_TRANSIT", now.minusHours(1)));
        var delivered = agreed(number);
        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.letterStatus()).isEqualTo("DELIVERED");
        assertThat(delivered.expectedDelivery()).isNull();

        var lost = postedOrder(newProduct(2), japan(), null, LocalDate.now().minusDays(40));
        assertThat(post("api/orders/" + lost + "/tracking/events", "{\"status\":\"LOST\",\"reason\":\"not arrived\"}",
                "application/json", support).statusCode()).isEqualTo(200);
        assertThat(agreed(lost).letterStatus()).isEqualTo("LOST");
        var reship = json(post("api/orders/" + lost + "/reship", "{\"reason\":\"lost\"}", "application/json", support));
        var replacement = OrderNumber.parse(reship.getString("replacementNumber")).orElseThrow();
        assertThat(agreed(lost).replacedBy()).isEqualTo(replacement.value());
        assertThat(agreed(replacement).replaces()).isEqualTo(lost.value());

        var cancelled = order(newProduct(1), japan(), null);
        lifecycle.move(cancelled, OrderStatus.ON_HOLD, "support", "address to check");
        lifecycle.move(cancelled, OrderStatus.QUEUED, "support", "address checked");
        agreed(cancelled);
        lifecycle.move(cancelled, OrderStatus.CANCELLED, "support", "customer changed their mind");
        assertThat(agreed(cancelled).status()).isEqualTo("CANCELLED");
    }

    private int summaryLookups;

    /** The public lookup's answer, which must be the one every source gives (each from an address of its own: no limit). */
    private PublicTracking agreed(OrderNumber number) {
        var answer = customerTracking.track("198.51.100." + (1 + summaryLookups++ % 250), number.value(), "150-0002",
                null);
        assertThat(answer).isInstanceOf(PublicLookup.Found.class);
        var view = ((PublicLookup.Found<PublicTracking>) answer).view();
        assertThat(view).isEqualTo(fixture.fromEverySource(number));
        return view;
    }

    private void signed(String event) throws Exception {
        var answer = webhook(event, signer.sign(Instant.now().getEpochSecond(), bytes(event)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    @Order(9)
    void publicLookupsPastTheLimitAnswer429WithRetryAfter() throws Exception {
        HttpResponse<String> limited = null;
        for (int i = 0; i < 40 && limited == null; i++) {
            var answer = anonymous("api/public/track?order=RP-000000016&postcode=1");
            if (answer.statusCode() == 429) {
                limited = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(404);
            }
        }
        assertThat(limited).as("the limit (" + TestDeployment.PUBLIC_LOOKUPS_PER_MINUTE + " a minute) answers 429")
                .isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
    }

    // ---- helpers ----

    @Test
    @Order(10)
    void lettersSilentLongAfterTheirStandardAreProposedAsLostAndHeardOnesAreNot() throws Exception {
        var silent = postedOrder(newProduct(1), japan(), null, LocalDate.now().minusDays(60));
        var recent = postedOrder(newProduct(1), japan(), null, LocalDate.now().minusDays(10));
        var heard = postedOrder(newProduct(1), japan(), null, LocalDate.now().minusDays(60));
        var scan = Json.createObjectBuilder().add("status", "IN_TRANSIT")
                .add("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(5).toString())
                .add("reason", "Customer read us the post office's scan").build().toString();
        assertThat(post("api/orders/" + heard + "/tracking/events", scan, "application/json", support).statusCode())
                .isLessThan(300);

        var proposals = get("api/tracking/lost-proposals", support);
        assertThat(proposals.statusCode()).isEqualTo(200);
        var numbers = Json.createReader(new StringReader(proposals.body())).readArray().getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("orderNumber")).toList();
        assertThat(numbers).contains(silent.value()).doesNotContain(recent.value(), heard.value());
        assertThat(orders.byNumber(silent).orElseThrow().status()).as("a proposal changes nothing")
                .isEqualTo(OrderStatus.POSTED);
    }

    private OrderNumber postedOrder(Product product, OrderRequest.Address address, String service, LocalDate postedOn) {
        var number = order(product, address, service);
        if (product.kind() == ProductKind.ESIM_PROFILE && codeStock.levels().stream()
                .anyMatch(l -> l.sku().equals(product.sku()) && l.available() > 0)) {
            codeStock.allocateFor(number, "test");
        }
        lifecycle.move(number, OrderStatus.PRINTED, "print-run", "Printed");
        fixture.shipment(number, new TrackingNumber(newTrackingNumber()), postedOn);
        lifecycle.move(number, OrderStatus.PACKED, "packing", "Packed");
        lifecycle.move(number, OrderStatus.POSTED, "posting", "Handed to the post");
        return number;
    }

    private OrderNumber postedOrderWithoutNumber(Product product) {
        var number = order(product, japan(), null);
        lifecycle.move(number, OrderStatus.PRINTED, "print-run", "Printed");
        fixture.shipment(number, null, LocalDate.now());
        lifecycle.move(number, OrderStatus.PACKED, "packing", "Packed");
        lifecycle.move(number, OrderStatus.POSTED, "posting", "Handed to the post");
        return number;
    }

    private OrderNumber order(Product product, OrderRequest.Address address, String service) {
        return intake.receive(new OrderRequest("Yuki Tanaka", null, "yuki-" + UUID.randomUUID() + "@example.com",
                null, "en", address, product.sku(), Shop.iccid(), null,
                LocalDate.now().plusDays(90), service, "WEB", "TRACK-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CARD", null, new BigDecimal("25.00"), "USD", null), null), null, "test")
                .order().number();
    }

    private String trackingNumberOf(OrderNumber number) throws SQLException {
        return text("SELECT tracking_number FROM shipment WHERE order_id = " + orders.byNumber(number).orElseThrow().id());
    }

    private String newTrackingNumber() {
        return TrackingNumber.of("RR", random.nextInt(100_000_000), "US").value();
    }

    private Product newProduct(int codes) {
        return new Shop(catalogue, codeStock, intake).product("Tracking test", ProductKind.ESIM_PROFILE, codes);
    }

    private String plainCode(OrderNumber number) {
        return codeStock.plainCodeOf(orders.byNumber(number).orElseThrow()).orElseThrow();
    }

    private static OrderRequest.Address japan() {
        return new OrderRequest.Address(null, List.of("1-2-3 Shibuya"), null, "Shibuya-ku", "Tokyo", "150-0002", "JP");
    }

    private static OrderRequest.Address australia() {
        return new OrderRequest.Address(null, List.of("10 George Street"), null, "Sydney", "NSW", "2000", "AU");
    }

    private static String event(String id, String tracking, String status, OffsetDateTime at) {
        var b = Json.createObjectBuilder().add("trackingNumber", tracking).add("status", status)
                .add("occurredAt", at.toString()).add("location", "TEST FACILITY");
        if (id != null) {
            b.add("eventId", id);
        }
        return b.build().toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest webhookRequest(String body, String signature) {
        var request = HttpRequest.newBuilder(local("api/tracking/events")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return request.build();
    }

    private HttpResponse<String> webhook(String body, String signature) throws Exception {
        return http.send(webhookRequest(body, signature), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String type, StaffSession who) {
        return who.post(path, type, body);
    }

    private static HttpResponse<String> get(String path, StaffSession who) {
        return who.get(path);
    }

    /** A customer's call, from this class's own address (the tests' HTTP client is a trusted proxy). */
    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(local(path)).header("X-Forwarded-For", CLIENT_ADDRESS).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The AU tracked-letter row of the standards list. */
    private static JsonObject australianTracked(jakarta.json.JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("destination").equals("AU") && r.getString("service").equals("TRACKED_LETTER"))
                .findFirst().orElseThrow();
    }

    private static jakarta.json.JsonArray json(String array, HttpResponse<String> response) {
        assertThat(response.body()).startsWith(array);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    private URI local(String path) {
        var context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return URI.create("http://127.0.0.1:" + base.getPort() + context + path);
    }

}
