package com.renewalpost.fulfilment.it;

import com.icegreen.greenmail.util.GreenMail;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.it.fixtures.TestMailServer;
import com.renewalpost.fulfilment.notifications.CodeEmailCheck;
import com.renewalpost.fulfilment.notifications.EmailView;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.notifications.OutboxWorker;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.orders.OrderLifecycle;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.InvalidOrderException;
import com.renewalpost.fulfilment.orders.PostPayments;
import com.renewalpost.fulfilment.payments.DepositSlips;
import com.renewalpost.fulfilment.platform.FulfilmentDatabase;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customer email end to end in a running Payara Micro: the delay and at-risk check, the outbox
 * and its worker, against a real SMTP server (GreenMail). GreenMail runs inside the server's JVM
 * (see {@link TestMailServer}): these tests run in the container, where they can read what it
 * received, and stop and start it. The clock is a {@link MovableClock}; tests move it forward
 * instead of waiting, and each works on its own orders and recipients, so their order does not
 * matter. Sending is asynchronous (the worker runs every second here): results are polled for,
 * with a deadline.
 */
@ExtendWith(ArquillianExtension.class)
@Order(3) // TestDeployment.inContainer(): one server for every in-container class; moves the clock
class NotificationsIT {


    @Deployment
    static WebArchive deployment() {
        // (TestDeployment.inContainer: GreenMail's port chosen there, the worker every second)
        return TestDeployment.inContainer();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    PostPayments postPayments;
    @Inject
    DepositSlips depositSlips;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    Orders orders;
    @Inject
    OrderEmails outbox;
    @Inject
    CodeEmailCheck check;
    @Inject
    com.renewalpost.fulfilment.renewal.RenewalReminders reminders;
    @Inject
    com.renewalpost.fulfilment.renewal.Lines lines;
    @Inject
    OutboxWorker worker;
    @Inject
    MovableClock clock;
    @Inject
    DeliveryStandards standards;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    com.renewalpost.fulfilment.staff.AuditLog audit;
    @Inject
    com.renewalpost.fulfilment.renewal.StandingOrderRun standingOrderRun;
    @Inject
    com.renewalpost.fulfilment.renewal.StandingOrders standingOrders;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;
    @ArquillianResource
    URL base;

    /** One support session for the whole class: each password check is a slow hash. */
    private static StaffSession support;

    @Test
    void aLateLetterGetsExactlyOneCodeEmailWithTheCodeInTheCustomersLanguage() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 1);
        var recipient = unique("wang");
        // China: 14 days' delivery standard, plus 3 days' grace
        var number = order(product, "王小明", "Wang Xiaoming", "zh-Hans", recipient, china(), today().plusDays(365));
        codeStock.allocateFor(number, "print-run");
        handToThePost(number);

        clock.advance(Duration.ofDays(10));
        check.run();
        assertThat(outbox.emailsOf(number)).as("not late after 10 days").isEmpty();

        clock.advance(Duration.ofDays(10));
        // the check on two instances at once, then once more
        everyOnce(check::run, check::run);
        check.run();

        var queued = outbox.emailsOf(number);
        assertThat(queued).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("DELAYED");
            assertThat(e.template()).isEqualTo("CODE_DELAYED");
            assertThat(e.recipient()).isEqualTo(recipient);
        });
        var message = awaitMessages(recipient, 1).get(0);
        var code = plainCode(number);
        var text = part(message, "text/plain");
        var html = part(message, "text/html");
        assertThat(message.getSubject()).contains(number.value()).contains("您的信件延误了");
        assertThat(message.getHeader("Content-Language")).containsExactly("zh-Hans");
        assertThat(message.getMessageID()).isEqualTo(queued.get(0).messageId());
        assertThat(text).contains(code).contains(number.value()).contains("激活码");
        assertThat(html).contains(code).contains(number.value()).contains("激活码").contains("lang=\"zh-Hans\"");

        var sent = awaitEmails(number, emails -> emails.stream().allMatch(e -> e.status().equals("SENT")));
        assertThat(sent.get(0).attempts()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo("ACCEPTED");
            assertThat(a.reply()).startsWith("250");
        });
        check.run();
        worker.sendDue();
        assertThat(outbox.emailsOf(number)).hasSize(1);
        assertThat(TestMailServer.receivedBy(recipient)).hasSize(1);

        // support sees it all on the order: queued by the check, accepted by the server
        var timeline = getJson("api/orders/" + number.value()).getJsonArray("timeline").getValuesAs(JsonObject.class);
        var emailLines = timeline.stream().filter(t -> t.getString("kind").equals("EMAIL")).toList();
        assertThat(emailLines).hasSize(2);
        assertThat(emailLines.get(0).getString("actor")).isEqualTo("delay-check");
        assertThat(emailLines.get(0).getString("reason")).contains("Code email queued (letter late)").contains(recipient);
        assertThat(emailLines.get(1).getString("reason")).endsWith("accepted by the mail server")
                .doesNotContain("250"); // the raw reply stays in the attempt and the server log
        assertThat(timeline.toString()).doesNotContain(code);
        var overHttp = get("api/orders/" + number.value() + "/emails");
        assertThat(overHttp.statusCode()).isEqualTo(200);
        assertThat(overHttp.body()).contains("\"ACCEPTED\"").doesNotContain(code);
    }

    @Test
    void aLetterToAFastDestinationIsLateWhileOnePostedTheSameDayToASlowOneIsNot() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US top-up 30 days", ProductKind.VOUCHER, 2);
        var fast = order(product, "Sakura Ito", null, "en", unique("sakura"), japan(), today().plusDays(365));
        var slow = order(product, "李娜", "Li Na", "zh-Hans", unique("lina"), china(), today().plusDays(365));
        for (var number : List.of(fast, slow)) {
            codeStock.allocateFor(number, "print-run");
            handToThePost(number);
        }
        int japan = standards.transitDays("JP", PostalService.STANDARD_LETTER);
        int china = standards.transitDays("CN", PostalService.STANDARD_LETTER);
        assertThat(china).as("China's standard well beyond Japan's").isGreaterThan(japan + 1);
        // posted without a dispatch (and so without a shipment): the order keeps the day of the move as its posting
        // day, and the last day of its own standard
        assertThat(day("posted_on", fast)).isEqualTo(today());
        assertThat(day("standard_ends_on", fast)).isEqualTo(today().plusDays(japan));
        assertThat(day("standard_ends_on", slow)).isEqualTo(today().plusDays(china));

        // past Japan's standard and the 3 days' grace; China's has days to run
        moveTo(today().plusDays(japan + 4L));
        check.run();

        assertThat(outbox.emailsOf(fast)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("DELAYED"));
        assertThat(outbox.emailsOf(slow)).isEmpty();
        assertThat(day("standard_ends_on", fast)).as("emailed: out of the check's range").isNull();
        assertThat(day("standard_ends_on", slow)).isEqualTo(day("posted_on", slow).plusDays(china));
        assertThat(day("posted_on", fast)).as("still the day it was posted").isEqualTo(day("posted_on", slow));
    }

    @Test
    void anOrderAlreadyAtRiskGetsItsCodeEmailWhenTheCodeIsAllocated() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US top-up 30 days", ProductKind.VOUCHER, 2);
        var atRiskRecipient = unique("kim");
        var safeRecipient = unique("lee");
        var atRisk = order(product, "Kim Min-jun", null, "en", atRiskRecipient, japan(), today().plusDays(3));
        var safe = order(product, "Lee Seo-yeon", null, "en", safeRecipient, japan(), today().plusDays(30));

        codeStock.allocateFor(atRisk, "print-run");
        codeStock.allocateFor(safe, "print-run");

        // written by the allocation's own transaction, so it is there as soon as allocation returns
        assertThat(outbox.emailsOf(atRisk)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("AT_RISK");
            assertThat(e.template()).isEqualTo("CODE_AT_RISK");
            assertThat(e.requestedBy()).isEqualTo("print-run");
        });
        assertThat(outbox.emailsOf(safe)).isEmpty();

        var message = awaitMessages(atRiskRecipient, 1).get(0);
        var pin = plainCode(atRisk);
        assertThat(part(message, "text/plain")).contains(pin).contains(atRisk.value());
        assertThat(part(message, "text/html")).contains(pin).contains(atRisk.value());
        assertThat(message.getHeader("Content-Language")).containsExactly("en");

        awaitEmails(atRisk, emails -> emails.get(0).status().equals("SENT"));
        check.run();
        worker.sendDue();
        assertThat(outbox.emailsOf(atRisk)).hasSize(1);
        assertThat(outbox.emailsOf(safe)).isEmpty();
        assertThat(TestMailServer.receivedBy(atRiskRecipient)).hasSize(1);
        assertThat(TestMailServer.receivedBy(safeRecipient)).isEmpty();

        // the check's at-risk range holds only the orders it has still to decide: the emailed one has left it
        assertThat(day("plan_expiry_watched", atRisk)).as("emailed: no longer watched").isNull();
        assertThat(day("plan_expiry_watched", safe)).isEqualTo(day("plan_expires_on", safe));
        // six days before the safe order's plan expires, the check finds it in that range
        moveTo(day("plan_expires_on", safe).minusDays(6));
        check.run();
        assertThat(outbox.emailsOf(safe)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("AT_RISK"));
        assertThat(day("plan_expiry_watched", safe)).isNull();
    }

    @Test
    void aLetterDeliveredInTimeGetsNoEmailWhileOneStillInThePostDoes() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 2);
        var deliveredRecipient = unique("yuki");
        var lostRecipient = unique("haruto");
        // Japan: 8 days' standard; both plans expire within the 30 days the clock moves on
        var delivered = order(product, "Yuki Tanaka", null, "en", deliveredRecipient, japan(), today().plusDays(20));
        var stillInThePost = order(product, "Haruto Sato", null, "en", lostRecipient, japan(), today().plusDays(20));
        for (var number : List.of(delivered, stillInThePost)) {
            codeStock.allocateFor(number, "print-run");
            handToThePost(number);
        }
        clock.advance(Duration.ofDays(3));
        lifecycle.move(delivered, OrderStatus.DELIVERED, "tracking", "Delivered");

        clock.advance(Duration.ofDays(30));
        check.run();

        assertThat(outbox.emailsOf(delivered)).isEmpty();
        assertThat(outbox.emailsOf(stillInThePost)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("DELAYED"));
        awaitMessages(lostRecipient, 1);
        awaitEmails(stillInThePost, emails -> emails.get(0).status().equals("SENT"));
        worker.sendDue();
        assertThat(TestMailServer.receivedBy(deliveredRecipient)).isEmpty();
    }

    @Test
    void withTheMailServerDownEmailsWaitAndAreAllDeliveredOnceWhenItIsBack() throws Exception {
        var product = newProduct("US top-up 30 days", ProductKind.VOUCHER, 4);
        List<OrderNumber> numbers = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        TestMailServer.stop();
        try {
            for (int i = 0; i < 4; i++) {
                var recipient = unique("down" + i);
                recipients.add(recipient);
                numbers.add(order(product, "Customer " + i, null, "en", recipient, japan(), today().plusDays(2)));
                codeStock.allocateFor(numbers.get(i), "print-run");
            }
            for (var number : numbers) {
                var waiting = awaitEmails(number, emails -> emails.get(0).attemptCount() >= 1);
                assertThat(waiting).singleElement().satisfies(e -> {
                    assertThat(e.status()).isEqualTo("PENDING");
                    assertThat(e.nextAttemptAt()).isNotNull();
                    assertThat(e.attempts()).allSatisfy(a -> assertThat(a.outcome()).isEqualTo("TEMPORARY_FAILURE"));
                    assertThat(e.lastReply()).contains("ConnectException");
                });
            }
            var timeline = getJson("api/orders/" + numbers.get(0).value()).getJsonArray("timeline").toString();
            assertThat(timeline).contains("not sent, next try at");
        } finally {
            TestMailServer.ensureRunning();
        }

        // past the back-off; then several workers at once, as on several instances, besides the scheduled one
        clock.advance(Duration.ofHours(2));
        everyOnce(worker::sendDue, worker::sendDue, worker::sendDue, worker::sendDue);
        for (var number : numbers) {
            awaitEmails(number, emails -> emails.get(0).status().equals("SENT"));
        }
        worker.sendDue();
        check.run();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(TestMailServer.receivedBy(recipients.get(i))).as(recipients.get(i)).hasSize(1);
            assertThat(outbox.emailsOf(numbers.get(i))).hasSize(1);
        }
    }

    @Test
    void onlySupportSendsASecondCodeEmailWithAReasonOnTheTimeline() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 1);
        var recipient = unique("olivia");
        var number = order(product, "Olivia Smith", null, "en", recipient, japan(), today().plusDays(3));
        codeStock.allocateFor(number, "print-run");
        var first = awaitMessages(recipient, 1).get(0);
        handToThePost(number);
        clock.advance(Duration.ofDays(30));
        check.run();
        assertThat(outbox.emailsOf(number)).as("late now, but it had its automatic email").hasSize(1);

        var withoutReason = post("api/orders/" + number.value() + "/emails", "{\"reason\": \"  \"}");
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");

        var reason = "Customer phoned: deleted the first email by mistake";
        var accepted = post("api/orders/" + number.value() + "/emails",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"SUPPORT\"").contains("\"PENDING\"");

        var second = awaitMessages(recipient, 2).get(1);
        assertThat(second.getMessageID()).isNotEqualTo(first.getMessageID());
        assertThat(part(second, "text/plain")).contains(plainCode(number));
        var emails = awaitEmails(number, list -> list.size() == 2 && list.get(1).status().equals("SENT"));
        assertThat(emails.get(1).reason()).isEqualTo("SUPPORT");
        assertThat(emails.get(1).requestNote()).isEqualTo(reason);
        assertThat(getJson("api/orders/" + number.value()).getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(line -> {
                    assertThat(line.getString("actor")).isEqualTo(support().username());
                    assertThat(line.getString("reason")).contains("Code email queued (requested by support)")
                            .contains(reason);
                });

        assertThat(audit.search(number.value(), com.renewalpost.fulfilment.staff.AuditAction.SUPPORT_EMAIL, 0, 10))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(support().username());
                    assertThat(event.detail()).isEqualTo(reason);
                });

        var noCodeYet = order(product, "Noah Brown", null, "en", unique("noah"), japan(), today().plusDays(3));
        var refused = post("api/orders/" + noCodeYet.value() + "/emails", "{\"reason\": \"asked twice\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("/problems/no-code");
    }

    @Test
    void anEmailThatCanNeverBeSentFailsAtOnceAndWaitsForSupport() throws Exception {
        TestMailServer.ensureRunning();
        // a product name on two lines cannot go into an email header-safe text: the one permanent
        // failure GreenMail lets us cause (it accepts every address and never answers 5xx)
        var product = newProduct("US eSIM\n30 days", ProductKind.ESIM_PROFILE, 1);
        var recipient = unique("ava");
        var number = order(product, "Ava Jones", null, "en", recipient, japan(), today().plusDays(3));
        codeStock.allocateFor(number, "print-run");

        var failed = awaitEmails(number, emails -> emails.get(0).status().equals("FAILED"));
        assertThat(failed.get(0).attempts()).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo("PERMANENT_FAILURE"));
        assertThat(failed.get(0).needsAttention()).isTrue();
        assertThat(outbox.needingAttention(com.renewalpost.fulfilment.platform.PageRequest.first(500))).anySatisfy(e -> assertThat(e.orderNumber()).isEqualTo(number.value()));
        assertThat(getJson("api/orders/" + number.value()).getJsonArray("timeline").toString())
                .contains("needs support attention");
        worker.sendDue();
        assertThat(outbox.emailsOf(number).get(0).attemptCount()).as("not retried").isEqualTo(1);
        assertThat(TestMailServer.receivedBy(recipient)).isEmpty();
    }

    @Test
    void theDatabaseKeepsOneAutomaticCodeEmailPerOrder() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US top-up 30 days", ProductKind.VOUCHER, 1);
        var number = order(product, "Mia Wilson", null, "en", unique("mia"), japan(), today().plusDays(3));
        codeStock.allocateFor(number, "print-run");
        long orderId = orders.byNumber(number).orElseThrow().id();
        assertThat(outbox.emailsOf(number)).hasSize(1);

        // what a second instance's insert would look like, had it slipped past the order's lock
        assertThat(insertEmail(orderId, "DELAYED", 0, orderId)).as("second automatic email").isFalse();
        assertThat(insertEmail(orderId, "DELAYED", 0, null)).as("automatic email not marked as such").isFalse();
        assertThat(insertEmail(orderId, "SUPPORT", 0, null)).as("support email without a number").isFalse();
        assertThat(insertEmail(orderId, "SUPPORT", 7, null)).as("support email").isTrue();
        assertThat(insertEmail(orderId, "SUPPORT", 7, null)).as("the same support email twice").isFalse();
    }

    /** Inserts an already sent email row straight into the table; false when the database refuses it. */
    private boolean insertEmail(long orderId, String reason, int sendNumber, Long automaticFor) throws Exception {
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO email_outbox (id, order_id, reason, send_number, "
                     + "automatic_for_order, template, recipient, message_id, requested_by, status, queued_at, "
                     + "next_attempt_at, attempt_count, version) VALUES (nextval('email_outbox_seq'), ?, ?, ?, ?, "
                     + "'CODE_AT_RISK', 'mia@example.com', ?, 'test', 'SENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                     + "1, 0)")) {
            insert.setLong(1, orderId);
            insert.setString(2, reason);
            insert.setInt(3, sendNumber);
            if (automaticFor == null) {
                insert.setNull(4, java.sql.Types.BIGINT);
            } else {
                insert.setLong(4, automaticFor);
            }
            insert.setString(5, "<" + UUID.randomUUID() + "@test.invalid>");
            return insert.executeUpdate() == 1;
        } catch (java.sql.SQLException e) {
            // refused by a constraint (SQLSTATE class 23); anything else, a mistyped statement
            // included, must not pass for a refusal
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    // ---- renewal lines (issue 17): kept up by the orders, listed by next expiry, shown to support ----

    @Test
    void aLineFollowsItsLatestOrderNotCancelledAndSupportSeesItsNextExpiryAndLatestDayToOrder() throws Exception {
        var product = newProduct("Renewal line", ProductKind.ESIM_PROFILE, 0); // 30-day plan
        var iccid = Shop.iccid();
        var first = lineOrder(product, iccid, "Mei Lin", "WEB", today().plusDays(40));
        assertThat(lineRow(iccid)).containsExactly(first.value(), "Mei Lin", "WEB", today().plusDays(70).toString());

        // the customer renews again, by post and under a new name: the line follows the newer order
        var second = lineOrder(product, iccid, "Mei Chen", "POST", today().plusDays(70));
        assertThat(lineRow(iccid)).containsExactly(second.value(), "Mei Chen", "POST",
                today().plusDays(100).toString());

        // the window lists it with its latest day to order, counted from the parts it shows
        var from = today().plusDays(99);
        var to = today().plusDays(101);
        var listed = get("api/lines?expiringFrom=" + from + "&expiringTo=" + to + "&size=500");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        var line = Json.createReader(new StringReader(listed.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("line").equals(iccid)).findFirst().orElseThrow();
        assertThat(line.getString("latestOrder")).isEqualTo(second.value());
        assertThat(line.getString("nextExpiry")).isEqualTo(today().plusDays(100).toString());
        var day = line.getJsonObject("latestDayToOrder");
        int delivery = day.getInt("deliveryDays");
        assertThat(delivery).isEqualTo(standards.transitDays("JP", PostalService.STANDARD_LETTER));
        assertThat(day.getInt("letterToUsDays")).as("a POST customer's letter to us").isEqualTo(delivery);
        assertThat(day.getInt("cardInHandDays")).isEqualTo(7);
        assertThat(day.getString("date")).isEqualTo(today().plusDays(100).minusDays(7L + delivery
                + day.getInt("printAndPostDays") + day.getInt("marginDays") + delivery).toString());
        assertThat(listed.headers().firstValue("X-Total-Count").map(Long::parseLong).orElseThrow())
                .isGreaterThanOrEqualTo(1);

        // support sees the line on the order page and on the line page
        var orderPage = get("staff/order.xhtml?number=" + second.value());
        assertThat(orderPage.body()).contains("id=\"renewal-line\"").contains(today().plusDays(100).toString())
                .contains(day.getString("date")).contains("line.xhtml?line=" + iccid);
        var linePage = get("staff/support/line.xhtml?line=" + iccid);
        assertThat(linePage.statusCode()).isEqualTo(200);
        assertThat(linePage.body()).contains(first.value()).contains(second.value()).contains("Mei Chen")
                .contains(day.getString("date"));
        assertThat(get("staff/support/line.xhtml?line=8901260000000000000").body()).contains("id=\"not-found\"");

        // the newer order cancelled, the line goes back to the older one; all cancelled, no line is left
        assertThat(post("api/orders/" + second.value() + "/cancel", "{\"reason\":\"Ordered twice\"}").statusCode())
                .isEqualTo(200);
        assertThat(lineRow(iccid)).containsExactly(first.value(), "Mei Lin", "WEB", today().plusDays(70).toString());
        assertThat(post("api/orders/" + first.value() + "/cancel", "{\"reason\":\"Not wanted\"}").statusCode())
                .isEqualTo(200);
        assertThat(lineRow(iccid)).isEmpty();
        assertThat(get("staff/order.xhtml?number=" + first.value()).body()).contains("id=\"no-line\"");
    }

    @Test
    void theLinesListRefusesAMissingReversedOrOverLongWindowAndIsForSupportOnly() throws Exception {
        var today = today();
        for (var query : List.of("", "?expiringFrom=" + today, "?expiringTo=" + today,
                "?expiringFrom=" + today + "&expiringTo=" + today.minusDays(1),
                "?expiringFrom=" + today + "&expiringTo=" + today.plusDays(366),
                "?expiringFrom=tomorrow&expiringTo=" + today,
                "?expiringFrom=" + today + "&expiringTo=" + today + "&size=501",
                "?expiringFrom=" + today + "&expiringTo=" + today + "&page=-1")) {
            var refused = get("api/lines" + query);
            assertThat(refused.statusCode()).as(query + " " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
        assertThat(get("api/lines?expiringFrom=" + today + "&expiringTo=" + today.plusDays(365)).statusCode())
                .isEqualTo(200);
        var context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + base.getPort() + context + "api/lines?expiringFrom=" + today
                        + "&expiringTo=" + today)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    // ---- renewal reminders (issue 17, item 3) ----

    @Test
    void aLineGetsOneReminderAndOneLastCallPerPeriodEvenWhenTheJobRunsTwiceOrOnTwoInstances() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("Reminded line", ProductKind.ESIM_PROFILE, 0);
        var iccid = Shop.iccid();
        var recipient = unique("tanaka");
        var number = reminderOrder(product, iccid, "田中優希 / Tanaka Yuki", "ja", recipient, today().plusDays(40));
        var latestDay = latestDayToOrder(iccid);
        var period = today().plusDays(70);

        moveTo(latestDay.minusDays(11));
        reminders.run();
        assertThat(reminderRows(iccid)).as("11 days before the latest day").isEmpty();

        moveTo(latestDay.minusDays(10));
        everyOnce(reminders::run, reminders::run);
        reminders.run();
        assertThat(reminderRows(iccid)).containsExactly(period + " FIRST");
        assertThat(outbox.emailsOf(number)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("REMINDER");
            assertThat(e.template()).isEqualTo("RENEWAL_REMINDER");
        });
        var message = awaitMessages(recipient, 1).get(0);
        var text = part(message, "text/plain");
        assertThat(message.getSubject()).contains(number.value()).contains("ご注文");
        assertThat(text).contains(iccid.substring(iccid.length() - 4)).doesNotContain(iccid)
                .contains(period.getYear() + "年" + period.getMonthValue() + "月" + period.getDayOfMonth() + "日")
                .contains(latestDay.getMonthValue() + "月" + latestDay.getDayOfMonth() + "日")
                .contains("/api/public/reminders/unsubscribe?token=");
        assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<http").contains("token=");
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // on the latest day itself, the last call: once too
        moveTo(latestDay);
        everyOnce(reminders::run, reminders::run);
        assertThat(reminderRows(iccid)).containsExactly(period + " FIRST", period + " LAST");
        assertThat(awaitMessages(recipient, 2)).hasSize(2);
        moveTo(latestDay.plusDays(1));
        reminders.run();
        assertThat(reminderRows(iccid)).hasSize(2);
        assertThat(outbox.emailsOf(number)).hasSize(2);

        // support sees them on the line page
        var linePage = get("staff/support/line.xhtml?line=" + iccid).body();
        assertThat(linePage).contains("id=\"line-reminders\"").contains(period.toString())
                .contains("last call").contains("The customer gets reminders");
    }

    @Test
    void theDatabaseKeepsOneReminderOfAKindPerLineAndPeriod() throws Exception {
        var product = newProduct("Reminder key", ProductKind.ESIM_PROFILE, 0);
        var iccid = Shop.iccid();
        var number = reminderOrder(product, iccid, "Ana Ruiz", "es", unique("ana"), today().plusDays(40));
        long emailId = outboxEmailIdFor(number);
        assertThat(insertReminder(iccid, today().plusDays(70), "FIRST", emailId)).isTrue();
        assertThat(insertReminder(iccid, today().plusDays(70), "FIRST", emailId)).as("twice").isFalse();
        assertThat(insertReminder(iccid, today().plusDays(70), "LAST", emailId)).isTrue();
        assertThat(insertReminder(iccid, today().plusDays(100), "FIRST", emailId)).as("next period").isTrue();
    }

    @Test
    void noReminderOnceTheCustomerHasOrderedForThePeriod() throws Exception {
        var product = newProduct("Ordered line", ProductKind.ESIM_PROFILE, 0);
        var iccid = Shop.iccid();
        var recipient = unique("ordered");
        var first = reminderOrder(product, iccid, "Sofia Garcia", "es", recipient, today().plusDays(40));
        var latestDay = latestDayToOrder(iccid);
        var period = today().plusDays(70);
        moveTo(latestDay.minusDays(12));
        // the customer orders the next card before any reminder, for the plan that expires at the period
        var second = reminderOrder(product, iccid, "Sofia Garcia", "es", recipient, period);
        moveTo(latestDay.minusDays(5));
        reminders.run();
        moveTo(latestDay);
        reminders.run();
        assertThat(reminderRows(iccid)).isEmpty();
        assertThat(outbox.emailsOf(first)).isEmpty();
        assertThat(outbox.emailsOf(second)).isEmpty();
    }

    @Test
    void theUnsubscribeLinkAsksFirstThenStopsTheRemindersAndRefusesForgedTokens() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("Unsubscribed line", ProductKind.ESIM_PROFILE, 0);
        var iccid = Shop.iccid();
        var recipient = unique("unsub");
        var number = reminderOrder(product, iccid, "陳美玲 / Chen Meiling", "zh-Hant", recipient, today().plusDays(40));
        var latestDay = latestDayToOrder(iccid);
        moveTo(latestDay.minusDays(5));
        reminders.run();
        var text = part(awaitMessages(recipient, 1).get(0), "text/plain");
        var matcher = java.util.regex.Pattern.compile("unsubscribe\\?token=([0-9]+\\.[A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        var token = matcher.group(1);
        var path = "api/public/reminders/unsubscribe?token=" + token;

        // looking (a mail scanner, or the customer) changes nothing
        var asked = anonymous("GET", path, null);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("<html lang=\"zh-Hant\">").contains("id=\"confirm\"")
                .contains(iccid.substring(iccid.length() - 4)).doesNotContain(iccid).doesNotContain("陳美玲").doesNotContain("Chen");
        assertThat(optedOut(iccid)).isFalse();

        // forged, cut or missing tokens: a clear 404 or 400, never a 5xx; nothing changes
        var forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (var bad : List.of(forged, "1." + token.substring(token.indexOf('.') + 1), token.substring(0, 10),
                "x".repeat(5000))) {
            for (var method : List.of("GET", "POST")) {
                var refused = anonymous(method, "api/public/reminders/unsubscribe?token=" + bad, "");
                assertThat(refused.statusCode()).as(method + " " + bad).isEqualTo(404);
                assertThat(refused.body()).contains("This link is not valid");
            }
        }
        assertThat(anonymous("GET", "api/public/reminders/unsubscribe", null).statusCode()).isEqualTo(400);
        assertThat(anonymous("POST", "api/public/reminders/unsubscribe?token=", "").statusCode()).isEqualTo(400);
        assertThat(optedOut(iccid)).isFalse();

        // the mail program's one-click unsubscribe (RFC 8058), then the page's button again: done, and kept
        var done = anonymous("POST", path, "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("不再收到").contains(iccid.substring(iccid.length() - 4));
        assertThat(optedOut(iccid)).isTrue();
        assertThat(anonymous("POST", path, "").statusCode()).isEqualTo(200);
        assertThat(anonymous("GET", path, null).body()).doesNotContain("id=\"confirm\"");

        // honoured: no last call on the latest day, and support sees the choice
        moveTo(latestDay);
        reminders.run();
        assertThat(reminderRows(iccid)).hasSize(1);
        assertThat(outbox.emailsOf(number)).hasSize(1);
        assertThat(get("staff/support/line.xhtml?line=" + iccid).body())
                .contains("The customer unsubscribed from reminders on");
    }

    private OrderNumber reminderOrder(Product product, String iccid, String name, String language, String email,
                                      LocalDate expiry) {
        // "name / Latin name" for a name in another script
        var names = name.split(" / ");
        var request = new OrderRequest(names[0], names.length > 1 ? names[1] : null, email, null, language, japan(),
                product.sku(), iccid, null, expiry, null, "WEB", "REMIND-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CARD", null, new BigDecimal("25.00"), "USD", null), null);
        return intake.receive(request, null, "test").order().number();
    }

    private LocalDate latestDayToOrder(String iccid) {
        return lines.view(iccid).orElseThrow().latestDayToOrder().date();
    }

    /** Moves the clock forward to the start of this day (never back: other tests' times only grow). */
    private void moveTo(LocalDate day) {
        var target = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600);
        var now = clock.instant();
        assertThat(target).as("the clock only moves forward").isAfterOrEqualTo(now.minus(Duration.ofDays(1)));
        if (target.isAfter(now)) {
            clock.advance(Duration.between(now, target));
        }
    }

    /** The line's reminders as "period KIND", oldest first. */
    private List<String> reminderRows(String key) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT period, kind FROM renewal_reminder WHERE line_key = ? "
                     + "ORDER BY queued_at, id")) {
            statement.setString(1, key);
            var found = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return found;
        }
    }

    // ---- standing orders (issue 17): each period ordered on its day, once, until the prepaid periods run out ----

    @Test
    void aPrepaidStandingOrderOrdersEachPeriodOnItsDayOnceAndEndsWhenThePeriodsRunOut() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("Standing order line", ProductKind.ESIM_PROFILE, 0); // 30-day plan
        var iccid = Shop.iccid();
        var first = lineOrder(product, iccid, "Ana Ruiz", "POST", today().plusDays(40));
        var recipient = orders.byNumber(first).orElseThrow().customer().email();
        var firstExpiry = today().plusDays(70);

        var setUp = post("api/lines/" + iccid + "/standing-order", "{\"periods\":2,\"payment\":{\"method\":\"CHEQUE\","
                + "\"reference\":\"100777\",\"amount\":50.00,\"currency\":\"USD\"},\"reason\":\"Asked for it by letter\"}");
        assertThat(setUp.statusCode()).as(setUp.body()).isEqualTo(200);
        var standing = Json.createReader(new StringReader(setUp.body())).readObject().getJsonObject("standingOrder");
        assertThat(standing.getString("status")).isEqualTo("ACTIVE");
        assertThat(standing.getInt("periodsLeft")).isEqualTo(2);
        assertThat(standing.getString("nextExpiry")).isEqualTo(firstExpiry.toString());
        // the system orders itself: the latest day of an online order (no letter to us), by the one rule
        int delivery = standards.transitDays("JP", PostalService.STANDARD_LETTER);
        var line = getJson("api/lines/" + iccid).getJsonObject("line").getJsonObject("latestDayToOrder");
        var day = firstExpiry.minusDays(7L + delivery + line.getInt("printAndPostDays") + line.getInt("marginDays"));
        assertThat(standing.getString("nextOrderOn")).isEqualTo(day.toString());
        assertThat(standingOrders.activeFor(iccid)).isTrue();
        // a second standing order on the line is refused; an unknown line is not found
        assertThat(post("api/lines/" + iccid + "/standing-order", "{\"untilCancelled\":true,\"payment\":{\"method\":"
                + "\"CARD\",\"amount\":25,\"currency\":\"USD\"},\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        assertThat(post("api/lines/8901260000000000000/standing-order", "{\"periods\":1,\"payment\":{\"method\":"
                + "\"CARD\",\"amount\":25,\"currency\":\"USD\"},\"reason\":\"x\"}").statusCode()).isEqualTo(404);

        // the day before: nothing
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), day) - 1));
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).isEmpty();

        // on the day, the job on two instances at once and once more: one order, through the normal intake
        clock.advance(Duration.ofDays(1));
        everyOnce(standingOrderRun::run, standingOrderRun::run);
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).containsExactly("SO-" + iccid + "-1 " + firstExpiry + " WEB 25.00 QUEUED");
        var ordered = OrderNumber.parse(lineRow(iccid).get(0)).orElseThrow();
        assertThat(lineRow(iccid).get(3)).as("the line moves on a period").isEqualTo(firstExpiry.plusDays(30).toString());

        // the customer hears their next card is on its way (not a reminder), in the outbox and in the mailbox
        var emails = awaitEmails(ordered, e -> e.get(0).status().equals("SENT"));
        assertThat(emails).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("STANDING_ORDER");
            assertThat(e.template()).isEqualTo("NEXT_CARD_ON_ITS_WAY");
        });
        var message = awaitMessages(recipient, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("Your next renewal card for order " + ordered.value()
                + " is on its way");
        assertThat(part(message, "text/plain")).contains(ordered.value()).contains("nothing you need to do");

        // the second period on its own day; then the prepaid periods are used up and the standing order ends
        var secondDay = LocalDate.parse(getJson("api/lines/" + iccid).getJsonObject("standingOrder")
                .getString("nextOrderOn"));
        assertThat(secondDay).isEqualTo(day.plusDays(30));
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), secondDay)));
        standingOrderRun.run();
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).containsExactly(
                "SO-" + iccid + "-1 " + firstExpiry + " WEB 25.00 QUEUED",
                "SO-" + iccid + "-2 " + firstExpiry.plusDays(30) + " WEB 25.00 QUEUED");
        var details = getJson("api/lines/" + iccid);
        assertThat(details.getJsonObject("standingOrder").getString("status")).isEqualTo("ENDED");
        assertThat(details.getJsonObject("standingOrder").getInt("periodsLeft")).isZero();
        assertThat(standingOrders.activeFor(iccid)).as("the reminder takes over").isFalse();
        assertThat(details.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind") + " " + e.getString("actor")).toList())
                .containsExactly("ENDED standing-order", "ORDERED standing-order", "ORDERED standing-order",
                        "SET_UP " + support().username());

        // support sees it on the line page, with the timeline, and the form to set up a new one
        var page = get("staff/support/line.xhtml?line=" + iccid).body();
        assertThat(page).contains("id=\"standing-order-status\"").contains("Ended (prepaid periods used)")
                .contains("Period ordered").contains(ordered.value()).contains("Asked for it by letter")
                .contains("standing-setup").doesNotContain("standing-act");

        // a period later, nothing more
        clock.advance(Duration.ofDays(30));
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).hasSize(2);
    }

    @Test
    void supportSkipsPausesResumesAndCancelsAStandingOrderWithAReasonOnTheLinesTimeline() throws Exception {
        var product = newProduct("Standing order until cancelled", ProductKind.ESIM_PROFILE, 0);
        var iccid = Shop.iccid();
        lineOrder(product, iccid, "Kenji Sato", "WEB", today().plusDays(35));
        var expiry = today().plusDays(65);
        assertThat(post("api/lines/" + iccid + "/standing-order", "{\"untilCancelled\":true,\"payment\":{\"method\":"
                + "\"CARD\",\"reference\":\"mandate-42\",\"amount\":25.00,\"currency\":\"usd\"},\"reason\":\"Phoned in\"}")
                .statusCode()).isEqualTo(200);
        // a reason is required
        var noReason = post("api/lines/" + iccid + "/standing-order/skip", "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        // skipped: the period for this expiry is not ordered, even on and after its day
        assertThat(post("api/lines/" + iccid + "/standing-order/skip", "{\"reason\":\"Travelling, no card needed\"}")
                .statusCode()).isEqualTo(200);
        var day = LocalDate.parse(getJson("api/lines/" + iccid).getJsonObject("standingOrder").getString("nextOrderOn"));
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), day) + 1));
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).isEmpty();
        assertThat(getJson("api/lines/" + iccid).getJsonObject("standingOrder").getString("skippedExpiry"))
                .isEqualTo(expiry.toString());

        // the customer renews by themselves: the standing order then follows the next expiry; paused, nothing
        lineOrder(product, iccid, "Kenji Sato", "WEB", expiry);
        assertThat(post("api/lines/" + iccid + "/standing-order/pause", "{\"reason\":\"Card declined\"}").statusCode())
                .isEqualTo(200);
        assertThat(standingOrders.activeFor(iccid)).isFalse();
        var next = LocalDate.parse(getJson("api/lines/" + iccid).getJsonObject("standingOrder").getString("nextOrderOn"));
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), next)));
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).isEmpty();

        // resumed (still before the expiry): ordered at the next run, with the amount and the mandate on file
        assertThat(post("api/lines/" + iccid + "/standing-order/resume", "{\"reason\":\"New card on file\"}")
                .statusCode()).isEqualTo(200);
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).containsExactly("SO-" + iccid + "-1 " + expiry.plusDays(30)
                + " WEB 25.00 QUEUED");

        var page = get("staff/support/line.xhtml?line=" + iccid).body();
        assertThat(page).contains("standing-act").contains("Until cancelled").contains("mandate-42")
                .contains("Card declined").doesNotContain("standing-setup");

        // cancelled: it ends; a second cancel finds none in force
        assertThat(post("api/lines/" + iccid + "/standing-order/cancel", "{\"reason\":\"Customer moved away\"}")
                .statusCode()).isEqualTo(200);
        assertThat(post("api/lines/" + iccid + "/standing-order/cancel", "{\"reason\":\"again\"}").statusCode())
                .isEqualTo(409);
        var details = getJson("api/lines/" + iccid);
        assertThat(details.getJsonObject("standingOrder").getString("status")).isEqualTo("CANCELLED");
        assertThat(details.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind") + ": " + e.getString("reason", "")).toList())
                .containsExactly("CANCELLED: Customer moved away", "ORDERED: ", "RESUMED: New card on file",
                        "PAUSED: Card declined", "SKIPPED: Travelling, no card needed", "SET_UP: Phoned in");
        clock.advance(Duration.ofDays(40));
        standingOrderRun.run();
        assertThat(standingOrdersOf(iccid)).hasSize(1);
    }

    /** The orders standing orders made for the line: reference, plan expiry, channel, amount and status. */
    private List<String> standingOrdersOf(String iccid) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT external_reference, plan_expires_on, channel, "
                     + "payment_amount, status FROM customer_order WHERE line_iccid = ? AND external_reference "
                     + "LIKE 'SO-%' ORDER BY external_reference")) {
            statement.setString(1, iccid);
            List<String> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getBigDecimal(4).setScale(2) + " " + rows.getString(5));
                }
            }
            return found;
        }
    }

    private boolean optedOut(String key) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM renewal_reminder_optout WHERE line_key = ?")) {
            statement.setString(1, key);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }

    /** Any outbox email of the order, or one made for the purpose (a support request row) to point a reminder at. */
    private long outboxEmailIdFor(OrderNumber number) throws Exception {
        var orderId = orders.byNumber(number).orElseThrow().id();
        assertThat(insertEmail(orderId, "SUPPORT", 99, null)).isTrue();
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT id FROM email_outbox WHERE order_id = ?")) {
            statement.setLong(1, orderId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private boolean insertReminder(String key, LocalDate period, String kind, long emailId) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("INSERT INTO renewal_reminder (id, line_key, period, kind, "
                     + "queued_at, email_id) VALUES (nextval('renewal_reminder_seq'), ?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
            statement.setString(1, key);
            statement.setObject(2, period);
            statement.setString(3, kind);
            statement.setLong(4, emailId);
            return statement.executeUpdate() == 1;
        } catch (java.sql.SQLException e) {
            // refused by a constraint (SQLSTATE class 23); anything else must not pass for a refusal
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    private HttpResponse<String> anonymous(String method, String path, String formBody) throws Exception {
        var context = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + base.getPort()
                + context + path));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(formBody == null ? "" : formBody));
        } else {
            request.GET();
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ordersOfANewLineTakenInAtTheSameMomentAreAllSavedAndTheLineFollowsOne() throws Exception {
        var product = newProduct("Line raced", ProductKind.ESIM_PROFILE, 0);
        for (int round = 0; round < 5; round++) {
            var iccid = Shop.iccid();
            var start = new java.util.concurrent.CyclicBarrier(4);
            List<java.util.concurrent.Callable<OrderNumber>> work = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                var name = "Racer " + i;
                work.add(() -> {
                    start.await();
                    return lineOrder(product, iccid, name, "WEB", today().plusDays(40));
                });
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4, (java.util.concurrent.ThreadFactory)
                    new javax.naming.InitialContext().lookup("java:comp/DefaultManagedThreadFactory"));
            List<String> numbers = new ArrayList<>();
            try {
                for (var done : pool.invokeAll(work)) {
                    numbers.add(done.get().value()); // none refused on the line's unique key
                }
            } finally {
                pool.shutdown();
            }
            assertThat(numbers).hasSize(4).doesNotHaveDuplicates();
            var row = lineRow(iccid);
            assertThat(row).as("one line, following one of its orders").hasSize(4);
            assertThat(numbers).contains(row.get(0));
        }
    }

    private OrderNumber lineOrder(Product product, String iccid, String name, String channel, LocalDate expiry) {
        var request = new OrderRequest(name, null, unique("line"), null, "en", japan(), product.sku(), iccid, null,
                expiry, null, channel, "POST".equals(channel) ? null : "LINE-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CHEQUE", "100234", new BigDecimal("25.00"), "USD", null), null);
        return intake.receive(request, null, "test").order().number();
    }

    /** The line's latest order, customer, channel and next expiry as stored (empty: no line). */
    private List<String> lineRow(String key) throws Exception {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT o.order_number, l.customer_name, l.channel, "
                     + "l.next_expires_on FROM renewal_line l JOIN customer_order o ON o.id = l.latest_order_id "
                     + "WHERE l.line_key = ?")) {
            statement.setString(1, key);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
                return List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
            }
        }
    }

    // ---- the customer promise (issue 19, item 1) ----

    @Test
    void thePromiseRowsGiveEachOrdersHeldOnDayMarginAndLapseCause() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 3);
        // a product name on two lines: its code emails fail at once (see anEmailThatCanNeverBeSent...)
        var failing = newProduct("US eSIM\n30 days promise", ProductKind.ESIM_PROFILE, 4);
        int t = standards.transitDays("JP", PostalService.STANDARD_LETTER);
        assertThat(t).as("the plan below needs a week or more to Japan").isGreaterThanOrEqualTo(7);
        var t0 = today();
        // latest day to order (web) = expiry - 7 in hand - t - 2 print and post - 2 margin; posting deadline expiry - t - 2
        var expiry = t0.plusDays(t + 12L);
        var inTime = order(product, "Aiko Ito", null, "en", unique("aiko"), japan(), expiry);
        var tooLateExpiry = t0.plusDays(t + 5L);
        var orderedTooLate = order(failing, "Ben Mori", null, "en", unique("ben"), japan(), tooLateExpiry);
        var withoutEmail = order(failing, "Chika Abe", null, "en", unique("chika"), japan(), expiry);
        var emailTooLate = order(product, "Daiki Ono", null, "en", unique("daiki"), japan(), expiry);
        var printedLate = order(failing, "Emi Kato", null, "en", unique("emi"), japan(), expiry);
        var lost = order(failing, "Fumi Sato", null, "en", unique("fumi"), japan(), expiry);
        var pending = order(product, "Goro Ueda", null, "en", unique("goro"), japan(), t0.plusDays(t + 60L));
        for (var number : List.of(inTime, orderedTooLate, withoutEmail, lost)) {
            codeStock.allocateFor(number, "print-run");
            handToThePost(number);
        }

        moveTo(t0.plusDays(3));
        lifecycle.move(inTime, OrderStatus.DELIVERED, "tracking", "Delivered");
        moveTo(t0.plusDays(10)); // the posting deadline: in time
        codeStock.allocateFor(emailTooLate, "print-run");
        handToThePost(emailTooLate);
        moveTo(t0.plusDays(11)); // a day past it
        codeStock.allocateFor(printedLate, "print-run");
        handToThePost(printedLate);

        // the letters posted on day 0 are late: their code emails go out and fail
        moveTo(t0.plusDays(t + 4L));
        check.run();
        for (var number : List.of(orderedTooLate, withoutEmail, lost)) {
            awaitEmails(number, emails -> emails.get(0).status().equals("FAILED"));
        }
        assertThat(outbox.emailsOf(emailTooLate)).as("not late yet, not at risk yet").isEmpty();
        lifecycle.move(lost, OrderStatus.LOST, "tracking", "Lost");
        moveTo(tooLateExpiry.plusDays(2));
        lifecycle.move(orderedTooLate, OrderStatus.DELIVERED, "tracking", "Delivered");

        moveTo(expiry.plusDays(2));
        check.run();
        awaitEmails(emailTooLate, emails -> emails.get(0).status().equals("SENT"));
        lifecycle.move(withoutEmail, OrderStatus.DELIVERED, "tracking", "Delivered");
        lifecycle.move(printedLate, OrderStatus.DELIVERED, "tracking", "Delivered");

        var from = tooLateExpiry;
        var to = t0.plusDays(t + 60L);
        var rows = promiseRows(from, to);
        assertThat(rows.get(inTime.value())).isEqualTo(
                row(inTime, expiry, false, t0.plusDays(3), "LETTER", t + 9, null));
        assertThat(rows.get(orderedTooLate.value())).isEqualTo(
                row(orderedTooLate, tooLateExpiry, false, tooLateExpiry.plusDays(2), "LETTER", -2, "ORDERED_TOO_LATE"));
        assertThat(rows.get(withoutEmail.value())).isEqualTo(
                row(withoutEmail, expiry, false, expiry.plusDays(2), "LETTER", -2, "LETTER_LATE_WITHOUT_EMAIL"));
        assertThat(rows.get(emailTooLate.value())).isEqualTo(
                row(emailTooLate, expiry, false, expiry.plusDays(2), "EMAIL", -2, "EMAIL_TOO_LATE"));
        assertThat(rows.get(printedLate.value())).isEqualTo(
                row(printedLate, expiry, false, expiry.plusDays(2), "LETTER", -2, "PRINTED_LATE"));
        assertThat(rows.get(lost.value())).isEqualTo(row(lost, expiry, false, null, null, null, "LOST_LETTER"));
        assertThat(rows.get(pending.value())).isEqualTo(
                row(pending, t0.plusDays(t + 60L), true, null, null, null, null));

        var csv = get("api/promise.csv?from=" + from + "&to=" + to);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("number,destination,channel,planExpiresOn,pending,heldOn,via,marginDays,lapse,shortfall\r\n")
                .contains(inTime.value() + ",JP,WEB," + expiry + ",false," + t0.plusDays(3) + ",LETTER," + (t + 9) + ",,\r\n")
                .contains(withoutEmail.value() + ",JP,WEB," + expiry + ",false," + expiry.plusDays(2)
                        + ",LETTER,-2,LETTER_LATE_WITHOUT_EMAIL,LETTER_LATE_WITHOUT_EMAIL\r\n")
                .contains(emailTooLate.value() + ",JP,WEB," + expiry + ",false," + expiry.plusDays(2)
                        + ",EMAIL,-2,EMAIL_TOO_LATE")
                .contains(lost.value() + ",JP,WEB," + expiry + ",false,,,,LOST_LETTER,LOST_LETTER\r\n");

        var dashboard = get("staff/index.xhtml").body();
        assertThat(dashboard).contains("id=\"promise-lapses\"").contains("data-cause=\"ORDERED_TOO_LATE\"")
                .contains("data-bucket=\"DAYS_14_PLUS\"");
    }

    @Test
    void thePromiseListRefusesAMissingReversedOrOverLongWindowAndIsForSupportOnly() throws Exception {
        var today = today();
        for (var path : List.of("api/promise", "api/promise.csv")) {
            for (var query : List.of("", "?from=" + today, "?to=" + today, "?from=" + today + "&to=" + today.minusDays(1),
                    "?from=" + today + "&to=" + today.plusDays(366), "?from=2026-02-30&to=" + today,
                    "?from=" + today + "&to=" + today + "x")) {
                var refused = get(path + query);
                assertThat(refused.statusCode()).as(path + query + " " + refused.body()).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            }
            assertThat(get(path + "?from=" + today + "&to=" + today.plusDays(365)).statusCode()).isEqualTo(200);
            assertThat(anonymous("GET", path + "?from=" + today + "&to=" + today, null).statusCode()).isEqualTo(401);
        }
        assertThat(get("api/promise?from=" + today + "&to=" + today + "&size=501").statusCode()).isEqualTo(400);
    }

    /** The window's promise rows by order number, every page read. */
    private java.util.Map<String, JsonObject> promiseRows(LocalDate from, LocalDate to) throws Exception {
        java.util.Map<String, JsonObject> rows = new java.util.HashMap<>();
        for (int page = 0; ; page++) {
            var response = get("api/promise?from=" + from + "&to=" + to + "&size=500&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var array = Json.createReader(new StringReader(response.body())).readArray();
            array.forEach(v -> rows.put(v.asJsonObject().getString("number"), v.asJsonObject()));
            long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
            if (array.size() < 500 || (page + 1) * 500L >= total) {
                return rows;
            }
        }
    }

    /** A promise row as the API gives it (nulls left out, as JSON-B writes them). */
    private static JsonObject row(OrderNumber number, LocalDate expiry, boolean pending, LocalDate heldOn, String via,
                                  Integer margin, String lapse) {
        var row = Json.createObjectBuilder().add("number", number.value()).add("destination", "JP")
                .add("channel", "WEB").add("planExpiresOn", expiry.toString()).add("pending", pending);
        if (heldOn != null) {
            row.add("heldOn", heldOn.toString());
        }
        if (via != null) {
            row.add("via", via);
        }
        if (margin != null) {
            row.add("marginDays", margin);
        }
        if (lapse != null) {
            // a lapse is also short of the margin goal, for the same cause
            row.add("lapse", lapse).add("shortfall", lapse);
        }
        return row.build();
    }

    // ---- payments by post ----

    @Test
    void aShortPostPaymentHoldsTheOrderWithTheAmountMissingAndAsksForTheBalance() throws Exception {
        TestMailServer.ensureRunning();
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 1);
        catalogue.reprice(product.sku(), java.util.Map.of("EUR", new BigDecimal("23.50")), "admin");
        var recipient = unique("garcia");
        var number = postOrder(product, "Sofía García", "es", recipient, "MO-" + UUID.randomUUID().toString().substring(0, 8),
                List.of(item("CHEQUE", "000981", "15.00", "EUR"), item("MONEY_ORDER", "MO-4471", "5.00", "EUR")));

        var order = orders.byNumber(number).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.holdReason()).contains(
                "Paid short: 3.50 EUR missing (paid 20.00 EUR, price 23.50 EUR); the customer is asked for the balance");
        assertThat(postPayments.missing(order)).contains(com.renewalpost.fulfilment.catalogue.Money.of("3.50", "EUR"));

        assertThat(outbox.emailsOf(number)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("BALANCE_DUE");
            assertThat(e.template()).isEqualTo("BALANCE_DUE");
            assertThat(e.recipient()).isEqualTo(recipient);
        });
        var message = awaitMessages(recipient, 1).get(0);
        assertThat(message.getSubject()).contains(number.value()).contains("saldo pendiente");
        assertThat(message.getHeader("Content-Language")).containsExactly("es");
        assertThat(part(message, "text/plain")).contains("Saldo pendiente: 3,50 EUR", "20,00 EUR", "23,50 EUR", number.value());
        assertThat(part(message, "text/html")).contains("3,50 EUR");
        awaitEmails(number, emails -> emails.get(0).status().equals("SENT"));

        // the printed note says the same, for the envelope
        var note = support().send(support().request("api/orders/" + number.value() + "/balance-note.pdf").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(note.statusCode()).isEqualTo(200);
        assertThat(note.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(String.join("\n", DocumentReading.pageTexts(note.body()))).contains("Saldo pendiente: 3,50 EUR", number.value());

        // and the day's deposit slip lists both items under EUR
        var day = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        var slip = depositSlips.view(day);
        assertThat(slip.items()).filteredOn(i -> i.orderNumber().equals(number.value()))
                .extracting(DepositSlips.ItemView::number).containsExactly("000981", "MO-4471");
        assertThat(slip.totals()).anySatisfy(t -> assertThat(t.currency()).isEqualTo("EUR"));
        assertThat(depositSlips.csv(day)).contains(number.value() + ",Cheque,000981,15.00,EUR");
        assertThat(String.join("\n", DocumentReading.pageTexts(depositSlips.pdf(day)))).contains("BANK DEPOSIT SLIP", "MO-4471");
    }

    @Test
    void anOverPostPaymentOverTheApiBecomesCreditOnTheLineAndAPaymentWithoutAPriceIsRefused() throws Exception {
        var product = newProduct("US eSIM 30 days", ProductKind.ESIM_PROFILE, 1);
        var iccid = Shop.iccid();
        var created = post("api/orders", postOrderJson(product, iccid, "30.00", "USD"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var number = OrderNumber.parse(Json.createReader(new StringReader(created.body())).readObject().getString("number"))
                .orElseThrow();
        var order = orders.byNumber(number).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.QUEUED);
        assertThat(postPayments.credits(order.line())).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(com.renewalpost.fulfilment.catalogue.Money.of("5.00", "USD"));
            assertThat(c.line().iccid()).isEqualTo(order.line().iccid());
        });
        assertThat(postPayments.creditTotals(order.line())).containsEntry("USD", new BigDecimal("5.00"));
        assertThat(postPayments.items(order)).singleElement().satisfies(i -> assertThat(i.number()).isEqualTo("000982"));
        assertThat(outbox.emailsOf(number)).isEmpty();
        assertThat(getJson("api/orders/" + number.value()).toString()).contains("kept as credit on the line");

        var refused = post("api/orders", postOrderJson(product, Shop.iccid(), "25.00", "GBP"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("payment.currency", "has no price in GBP");
    }

    private static String postOrderJson(Product product, String iccid, String amount, String currency) {
        var item = Json.createObjectBuilder().add("kind", "CHEQUE").add("number", "000982")
                .add("amount", new BigDecimal(amount)).add("currency", currency);
        return Json.createObjectBuilder()
                .add("customerName", "Alex Morgan").add("email", unique("alex")).add("language", "en")
                .add("address", Json.createObjectBuilder().add("streetLines", Json.createArrayBuilder().add("1-2-3 Shibuya"))
                        .add("city", "Shibuya-ku").add("region", "Tokyo").add("postcode", "150-0002").add("country", "JP"))
                .add("productSku", product.sku()).add("iccid", iccid).add("channel", "POST")
                .add("payment", Json.createObjectBuilder().add("method", "CHEQUE").add("reference", "000982")
                        .add("amount", new BigDecimal(amount)).add("currency", currency)
                        .add("items", Json.createArrayBuilder().add(item)))
                .build().toString();
    }

    private static OrderRequest.PaymentItemDetails item(String kind, String number, String amount, String currency) {
        return new OrderRequest.PaymentItemDetails(kind, number, new BigDecimal(amount), currency);
    }

    /** A post order with what arrived; the payment is their total. */
    private OrderNumber postOrder(Product product, String name, String language, String email, String reference,
                                  List<OrderRequest.PaymentItemDetails> items) {
        var total = items.stream().map(OrderRequest.PaymentItemDetails::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var request = new OrderRequest(name, null, email, null, language, japan(), product.sku(), Shop.iccid(), null,
                today().plusDays(365), null, "POST", null,
                new OrderRequest.PaymentDetails(items.get(0).kind(), reference, total, items.get(0).currency(), items), null);
        return intake.receive(request, null, "order-entry").order().number();
    }

    // ---- orders and codes ----

    private Product newProduct(String name, ProductKind kind, int codes) {
        return new Shop(catalogue, codeStock, intake).product(name, kind, codes);
    }

    private OrderNumber order(Product product, String name, String latinName, String language, String email,
                              OrderRequest.Address address, LocalDate planExpiresOn) {
        var request = new OrderRequest(name, latinName, email, null, language, address, product.sku(),
                Shop.iccid(), null, planExpiresOn, null, "WEB", "NOTIFY-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CARD", null, new BigDecimal("25.00"), "USD", null), null);
        return intake.receive(request, null, "test").order().number();
    }

    private void handToThePost(OrderNumber number) {
        lifecycle.move(number, OrderStatus.PRINTED, "print-run", "Printed");
        lifecycle.move(number, OrderStatus.PACKED, "packing", "Packed");
        lifecycle.move(number, OrderStatus.POSTED, "posting", "Handed to the post");
    }

    /** A day column of the order's row, as the database holds it (null when empty). */
    private LocalDate day(String column, OrderNumber number) throws Exception {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT " + column + " FROM customer_order WHERE order_number = ?")) {
            query.setString(1, number.value());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as(number.value()).isTrue();
                return rows.getObject(1, LocalDate.class);
            }
        }
    }

    private String plainCode(OrderNumber number) {
        return codeStock.plainCodeOf(orders.byNumber(number).orElseThrow()).orElseThrow();
    }

    private static OrderRequest.Address china() {
        return new OrderRequest.Address(null, List.of("No. 18 Zhongguancun Street"), "Haidian", "Beijing", "Beijing",
                "100080", "CN");
    }

    private static OrderRequest.Address japan() {
        return new OrderRequest.Address(null, List.of("1-2-3 Shibuya"), null, "Shibuya-ku", "Tokyo", "150-0002", "JP");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    // ---- waiting for the asynchronous worker ----

    private List<MimeMessage> awaitMessages(String recipient, int count) {
        return Await.until("messages for " + recipient, () -> TestMailServer.receivedBy(recipient),
                messages -> messages.size() >= count);
    }

    private List<EmailView> awaitEmails(OrderNumber number, Predicate<List<EmailView>> done) {
        return Await.until("the outbox emails of " + number, () -> outbox.emailsOf(number),
                emails -> !emails.isEmpty() && done.test(emails));
    }

    /** Runs the tasks at the same time on container threads and waits for all of them. */
    @SafeVarargs
    private void everyOnce(Callable<Integer>... tasks) throws Exception {
        for (var done : executor.invokeAll(List.of(tasks))) {
            done.get();
        }
    }

    // ---- reading messages ----

    /** The text of the first part of this type anywhere in the message. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    // ---- HTTP ----

    private JsonObject getJson(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String path) {
        return support().get(path);
    }

    private HttpResponse<String> post(String path, String json) {
        return support().post(path, "application/json", json);
    }

    /** A support session, made on first use. */
    private StaffSession support() {
        if (support == null) {
            support = StaffSession.of(base, staffAccounts, Set.of(Roles.SUPPORT));
        }
        return support;
    }

}
