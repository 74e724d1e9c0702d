package com.renewalpost.fulfilment.it;

import com.icegreen.greenmail.util.GreenMail;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.it.fixtures.SmtpSink;
import com.renewalpost.fulfilment.it.fixtures.TestMailServer;
import com.renewalpost.fulfilment.notifications.EmailView;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.notifications.OutboxFigures;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.renewalpost.fulfilment.operations.OperationsMetrics.EMAILS_FAILED;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.OUTBOX_OLDEST_PENDING_AGE;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.OUTBOX_RETRYING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox through mail outages, in a running Payara Micro: a mail server that refuses
 * connections, answers 4xx, answers 5xx, or drops the connection after the message; then a mail
 * server that works again (GreenMail). What must hold: temporary failures are retried with the
 * backoff of the retry schedule (first 60 s, doubling), permanent ones fail at once and wait on
 * support's list, and once the outage ends every email due is delivered: once, or, where an
 * attempt's outcome was unknown, again with the same Message-ID.
 *
 * <p>The misbehaving server is Postfix's smtp-sink ({@link SmtpSink}), on the port of the
 * deployment's configuration, where GreenMail ({@link TestMailServer}) listens when the mail works.
 * The servers are switched only while every email of the test waits for its next attempt; the
 * {@link MovableClock} then brings that attempt on. Each test works on its own orders.
 */
@ExtendWith(ArquillianExtension.class)
@Order(5) // TestDeployment.inContainer(): one server for every in-container class; the clock moves most here last
class MailOutageIT {

    private static final String METRICS_TOKEN = TestDeployment.METRICS_TOKEN;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        // (TestDeployment.inContainer: retries after 60 s = FIRST_DELAY, at most 60 min apart, given up
        // after 48 h; a 10 s SMTP timeout; metrics refreshed every second)
        return TestDeployment.inContainer();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    OrderEmails outbox;
    @Inject
    OutboxFigures figures;
    @Inject
    MovableClock clock;
    @Inject
    StaffAccounts staffAccounts;
    @ArquillianResource
    URL base;

    /** One support session for the whole class: each password check is a slow hash. */
    private static StaffSession support;

    @Test
    void refusedConnectionsAreRetriedWithBackoffAndEveryEmailArrivesOnceTheServerIsBack() throws Exception {
        TestMailServer.stop(); // nothing listens on the mail port
        var placed = codeEmails(3, "refused");
        for (int attempt = 1; attempt <= 3; attempt++) {
            for (var email : settledAfter(placed, attempt)) {
                var last = email.attempts().get(attempt - 1);
                assertThat(last.outcome()).isEqualTo("TEMPORARY_FAILURE");
                assertThat(last.reply()).contains("ConnectException");
                assertThat(email.status()).isEqualTo("PENDING");
                assertThat(Duration.between(last.at(), email.nextAttemptAt())).as("wait after failure " + attempt)
                        .isEqualTo(FIRST_DELAY.multipliedBy(1L << (attempt - 1)));
            }
            if (attempt < 3) {
                untilNextAttempt(placed);
            }
        }
        // what the operator sees meanwhile: emails waiting, retried, the oldest for 3 minutes or more
        var metrics = metrics();
        assertThat(metrics.value(OUTBOX_RETRYING).orElseThrow()).isGreaterThanOrEqualTo(3.0);
        assertThat(metrics.value(OUTBOX_OLDEST_PENDING_AGE + "_seconds").orElseThrow())
                .isGreaterThanOrEqualTo((double) FIRST_DELAY.multipliedBy(3).toSeconds());
        assertThat(timeline(placed.get(0))).contains("not sent, next try at");
        var stuck = figures.mailFlow();
        assertThat(stuck.stuck()).as("support and admin pages show the outage banner").isTrue();
        assertThat(stuck.waiting()).isGreaterThanOrEqualTo(3);
        assertThat(stuck.lastAnswer().kind()).isEqualTo(com.renewalpost.fulfilment.notifications.MailFlow.Answer.Kind.UNREACHABLE);

        TestMailServer.ensureRunning();
        untilNextAttempt(placed);
        for (var email : sent(placed)) {
            assertThat(email.attempts()).extracting(EmailView.AttemptView::outcome).containsExactly(
                    "TEMPORARY_FAILURE", "TEMPORARY_FAILURE", "TEMPORARY_FAILURE", "ACCEPTED");
        }
        assertDeliveredOnce(placed);
        assertThat(figures.mailFlow().stuck()).as("the banner goes once email flows again").isFalse();
    }

    @Test
    void aServerAnswering4xxIsTriedAgainUntilItTakesTheEmails() throws Exception {
        TestMailServer.stop();
        List<Shop.Placed> placed = new ArrayList<>();
        // 450 to the recipient, 450 to the message, 421 and a hang-up at MAIL FROM
        var misbehaviours = List.of(List.of("-r", "RCPT"), List.of("-r", "."), List.of("-Q", "MAIL"));
        // a 421 followed at once by the hang-up sometimes reaches the client as a reset before it reads
        // the reply (seen in CI): either way the server said "not now"
        var replies = List.of(List.of("450 4.3.0"), List.of("450 4.3.0"), List.of("421 4.0.0", "Connection reset"));
        for (int attempt = 1; attempt <= misbehaviours.size(); attempt++) {
            try (var sink = SmtpSink.start(misbehaviours.get(attempt - 1).toArray(String[]::new))) {
                // the server first, then the emails due
                if (attempt == 1) {
                    placed.addAll(codeEmails(2, "deferred"));
                } else {
                    untilNextAttempt(placed);
                }
                for (var email : settledAfter(placed, attempt)) {
                    var last = email.attempts().get(attempt - 1);
                    assertThat(last.outcome()).as(misbehaviours.get(attempt - 1).toString())
                            .isEqualTo("TEMPORARY_FAILURE");
                    assertThat(last.reply()).containsAnyOf(replies.get(attempt - 1).toArray(String[]::new));
                    assertThat(Duration.between(last.at(), email.nextAttemptAt()))
                            .isEqualTo(FIRST_DELAY.multipliedBy(1L << (attempt - 1)));
                }
                if (attempt == 1) {
                    assertThat(sink.messages()).as("refused before the message").isEmpty();
                }
            }
        }
        TestMailServer.ensureRunning();
        untilNextAttempt(placed);
        sent(placed);
        assertDeliveredOnce(placed);
    }

    @Test
    void aServerAnswering5xxFailsTheEmailForGoodAndSupportSeesIt() throws Exception {
        TestMailServer.stop();
        var failedBefore = metrics().value(EMAILS_FAILED).orElseThrow();
        // 500 to the recipient
        List<Shop.Placed> refused = new ArrayList<>();
        try (var sink = SmtpSink.start("-f", "RCPT")) {
            refused.addAll(codeEmails(1, "unknown-user"));
            settledAfter(refused, 1);
        }
        // 500 to the message itself
        try (var sink = SmtpSink.start("-f", ".")) {
            refused.addAll(codeEmails(1, "rejected-message"));
            settledAfter(refused.subList(1, 2), 1);
        }
        // 500 to MAIL FROM: the sender is our configuration, not the customer's address
        List<Shop.Placed> ourFault;
        try (var sink = SmtpSink.start("-f", "MAIL")) {
            ourFault = codeEmails(1, "sender-refused");
            var waiting = settledAfter(ourFault, 1).get(0);
            assertThat(waiting.status()).isEqualTo("PENDING");
            assertThat(waiting.lastReply()).startsWith("sender refused: 500");
            assertThat(sink.messages()).isEmpty();
        }
        for (var placed : refused) {
            var email = email(placed);
            assertThat(email.status()).isEqualTo("FAILED");
            assertThat(email.needsAttention()).isTrue();
            assertThat(email.attempts()).singleElement().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("PERMANENT_FAILURE");
                assertThat(a.reply()).startsWith("500 5.3.0");
            });
            assertThat(timeline(placed)).contains("refused for good; needs support attention");
        }
        assertThat(attentionList()).containsAll(numbers(refused)).doesNotContainAnyElementsOf(numbers(ourFault));
        awaitMetric(EMAILS_FAILED, failedBefore + 2);

        // the mail works again: the email that failed on our side goes; the refused ones wait for support
        TestMailServer.ensureRunning();
        untilNextAttempt(ourFault);
        sent(ourFault);
        assertDeliveredOnce(ourFault);
        for (var placed : refused) {
            assertThat(email(placed).attemptCount()).as("a refused email is not retried").isEqualTo(1);
            assertThat(TestMailServer.receivedBy(placed.email())).isEmpty();
        }
        // support sends the code again (say, after checking the address by phone): nothing is lost
        for (var placed : refused) {
            var answer = support().post("api/orders/" + placed.number().value() + "/emails", "application/json",
                    "{\"reason\": \"Refused by the mail server; address confirmed by phone\"}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        }
        for (var placed : refused) {
            Await.until("support's email to " + placed.email(), () -> TestMailServer.receivedBy(placed.email()),
                    messages -> messages.size() == 1);
        }
        assertThat(attentionList()).doesNotContainAnyElementsOf(numbers(refused));
        awaitMetric(EMAILS_FAILED, failedBefore);
    }

    @Test
    void temporaryFailuresPastTheGiveUpTimeWaitForSupport() throws Exception {
        TestMailServer.stop();
        var placed = codeEmails(1, "never-reached");
        settledAfter(placed, 1);
        clock.advance(Duration.ofHours(49));
        var given = Await.until("the email given up", () -> email(placed.get(0)), e -> e.status().equals("FAILED"));
        assertThat(given.attempts()).extracting(EmailView.AttemptView::outcome)
                .containsExactly("TEMPORARY_FAILURE", "TEMPORARY_FAILURE");
        assertThat(given.needsAttention()).isTrue();
        assertThat(timeline(placed.get(0))).contains("still not sent, given up; needs support attention");
        assertThat(attentionList()).contains(placed.get(0).number().value());
        TestMailServer.ensureRunning();
    }

    @Test
    void aConnectionDroppedAfterTheMessageLeavesTheOutcomeUnknownAndTheRetryCarriesTheSameMessageId()
            throws Exception {
        TestMailServer.stop();
        List<Shop.Placed> placed = new ArrayList<>();
        String taken;
        try (var sink = SmtpSink.start("-q", ".")) {
            placed.addAll(codeEmails(2, "dropped"));
            for (var email : settledAfter(placed, 1)) {
                assertThat(email.status()).isEqualTo("PENDING");
                assertThat(email.attempts()).singleElement().satisfies(a -> {
                    assertThat(a.outcome()).isEqualTo("OUTCOME_UNKNOWN");
                    assertThat(a.reply()).startsWith("connection lost after the message was sent");
                });
            }
            taken = sink.messages();
        }
        // the server did take each message whole before it hung up: the customer may have it already
        for (var order : placed) {
            assertThat(taken).contains("Message-ID: " + email(order).messageId());
        }
        assertThat(timeline(placed.get(0))).contains("outcome unknown");

        // hanging up before the message was whole is no such doubt: it was not delivered
        try (var sink = SmtpSink.start("-q", "DATA")) {
            untilNextAttempt(placed);
            for (var email : settledAfter(placed, 2)) {
                assertThat(email.attempts().get(1).outcome()).isEqualTo("TEMPORARY_FAILURE");
            }
            assertThat(sink.messages()).isEmpty();
        }

        TestMailServer.ensureRunning();
        untilNextAttempt(placed);
        int possibleDuplicates = 0;
        for (var email : sent(placed)) {
            assertThat(email.attempts()).extracting(EmailView.AttemptView::outcome)
                    .containsExactly("OUTCOME_UNKNOWN", "TEMPORARY_FAILURE", "ACCEPTED");
            possibleDuplicates++;
        }
        // the second copy carries the Message-ID of the first, the one the dropped connection took
        for (var order : placed) {
            var received = TestMailServer.receivedBy(order.email());
            assertThat(received).hasSize(1);
            assertThat(received.get(0).getMessageID()).isEqualTo(email(order).messageId());
            assertThat(taken).contains("Message-ID: " + received.get(0).getMessageID());
        }
        assertThat(possibleDuplicates).isEqualTo(placed.size());
    }

    // ---- emails ----

    /** Orders whose plans run out in two days: each gets its code email as its code is allocated. */
    private List<Shop.Placed> codeEmails(int count, String name) {
        var shop = new Shop(catalogue, codeStock, intake);
        var product = shop.product("US top-up 30 days", ProductKind.VOUCHER, count);
        List<Shop.Placed> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var order = shop.order(product, Shop.Customer.inJapan("Customer " + name + " " + i), name + i,
                    LocalDate.now(clock).plusDays(2));
            codeStock.allocateFor(order.number(), "print-run");
            placed.add(order);
        }
        return placed;
    }

    private EmailView email(Shop.Placed placed) {
        return outbox.emailsOf(placed.number()).get(0);
    }

    /** Waits until each email's n-th attempt is recorded (nothing of theirs in flight then). */
    private List<EmailView> settledAfter(List<Shop.Placed> placed, int attempts) {
        List<EmailView> settled = new ArrayList<>();
        for (var order : placed) {
            settled.add(Await.until("attempt " + attempts + " at the email of " + order.number(),
                    () -> email(order), e -> e.attemptCount() >= attempts));
        }
        assertThat(settled).allSatisfy(e -> assertThat(e.attemptCount()).isEqualTo(attempts));
        return settled;
    }

    /** Moves the clock to the latest next attempt of these emails, which makes them all due. */
    private void untilNextAttempt(List<Shop.Placed> placed) {
        var latest = placed.stream().map(this::email).map(EmailView::nextAttemptAt).max(OffsetDateTime::compareTo)
                .orElseThrow();
        var ahead = Duration.between(OffsetDateTime.now(clock), latest);
        if (!ahead.isNegative()) {
            clock.advance(ahead.plusSeconds(1));
        }
    }

    private List<EmailView> sent(List<Shop.Placed> placed) {
        List<EmailView> sent = new ArrayList<>();
        for (var order : placed) {
            sent.add(Await.until("the email of " + order.number() + " sent", () -> email(order),
                    e -> e.status().equals("SENT")));
        }
        return sent;
    }

    /** Each customer got exactly one message, the outbox email's (same Message-ID). */
    private void assertDeliveredOnce(List<Shop.Placed> placed) throws Exception {
        for (var order : placed) {
            List<MimeMessage> received = Await.until("the message to " + order.email(),
                    () -> TestMailServer.receivedBy(order.email()), m -> !m.isEmpty());
            assertThat(received).as(order.email()).hasSize(1);
            assertThat(received.get(0).getMessageID()).isEqualTo(email(order).messageId());
            assertThat(received.get(0).getSubject()).contains(order.number().value());
        }
    }

    private static List<String> numbers(List<Shop.Placed> placed) {
        return placed.stream().map(p -> p.number().value()).toList();
    }

    // ---- what support and the operator see ----

    private String timeline(Shop.Placed placed) {
        var answer = support().get("api/orders/" + placed.number().value());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body()).getJsonArray("timeline").toString();
    }

    private List<String> attentionList() {
        var answer = support().get("api/emails/attention");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("orderNumber")).toList();
    }

    private MetricsPage metrics() {
        var answer = http().get("metrics", "Bearer " + METRICS_TOKEN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return MetricsPage.of(answer.body());
    }

    private void awaitMetric(String name, double expected) {
        Await.until(name + " = " + expected, () -> metrics().value(name), v -> v.isPresent() && v.get() == expected);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private LocalHttp http() {
        return new LocalHttp(base);
    }

    private StaffSession support() {
        if (support == null) {
            support = StaffSession.of(base, staffAccounts, Set.of(Roles.SUPPORT));
        }
        return support;
    }
}
