package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.it.fixtures.MovableClock;
import com.renewalpost.fulfilment.it.fixtures.TestMailServer;
import com.renewalpost.fulfilment.notifications.CodeEmailRules;
import com.renewalpost.fulfilment.notifications.LateLetterReport;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderLifecycle;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.platform.FulfilmentDatabase;
import com.renewalpost.fulfilment.printing.PrintRunJobs;
import com.renewalpost.fulfilment.printing.PrintRunRequest;
import com.renewalpost.fulfilment.printing.PrintRunMaking;
import com.renewalpost.fulfilment.staff.ApiKeys;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.staff.StaffAccounts;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.renewalpost.fulfilment.operations.OperationsMetrics.CODES_AVAILABLE;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.EMAILS_FAILED;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.OUTBOX_OLDEST_PENDING_AGE;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.OUTBOX_PENDING;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.OUTBOX_RETRYING;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.PRINT_QUEUE;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.PRINT_RUN_DURATION;
import static com.renewalpost.fulfilment.operations.OperationsMetrics.SHIPMENTS_DELAYED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating the back office, in a running Payara Micro deployed at the root context as the run
 * command deploys it: the application's gauges and print-run timer at {@code /metrics} against the
 * database's own counts, who may read them (the monitoring system's token, admins), that they hold
 * no code and no personal data, and
 * readiness while the database is out of reach and after it is back.
 *
 * <p>Nothing listens on the configured SMTP port: every send is refused, so emails stay in the
 * outbox where the gauges can count them. The clock is a {@link MovableClock}; the delay check
 * does not run on its own here (tests call nothing that needs it).
 */
@ExtendWith(ArquillianExtension.class)
@Order(4) // TestDeployment.inContainer(): one server for every in-container class; moves the clock
class OperationsIT {

    /** The monitoring system's token. */
    private static final String METRICS_TOKEN = TestDeployment.METRICS_TOKEN;
    /**
     * The emails the outbox gauges count, in SQL: waiting to be sent, except a reship's replacement
     * notice while its letter has not been posted (it is not due before).
     */
    private static final String WAITING_TO_BE_SENT = " FROM email_outbox e JOIN customer_order o ON o.id = e.order_id "
            + "WHERE e.status = 'PENDING' AND (e.reason <> 'REPLACEMENT' "
            + "OR o.status IN ('POSTED', 'DELIVERED', 'RETURNED', 'LOST')) ";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.inContainer();
    }

    /** Nothing listens on the SMTP port here (another class of the shared server may have left GreenMail running). */
    @BeforeEach
    void noMailServer() {
        TestMailServer.stop();
    }

    @Inject
    Catalogue catalogue;
    @Inject
    CodeStock codeStock;
    @Inject
    OrderIntake intake;
    @Inject
    OrderLifecycle lifecycle;
    @Inject
    Orders orders;
    @Inject
    OrderEmails outbox;
    @Inject
    PrintRunMaking printRuns;
    @Inject
    PrintRunJobs printRunJobs;
    @Inject
    MovableClock clock;
    @Inject
    DeliveryStandards deliveryStandards;
    @Inject
    CodeEmailRules rules;
    @Inject
    LateLetterReport lateLetters;
    @Inject
    StaffAccounts staffAccounts;
    @Inject
    ApiKeys apiKeys;
    @Resource(lookup = FulfilmentDatabase.JNDI_NAME)
    DataSource dataSource;
    @ArquillianResource
    URL base;

    private StaffFixture.Credentials admin;
    private LocalHttp http;

    @Test
    void theGaugesShowWhatTheDatabaseHolds() throws Exception {
        var shop = shop();
        var product = shop.product("US top-up 30 days", ProductKind.VOUCHER, 6);
        var sku = "product=\"" + product.sku() + "\"";
        Await.until(CODES_AVAILABLE + " of a new product", () -> metrics().value(CODES_AVAILABLE, sku), v -> v.isPresent()
                && v.get() == 6.0);

        // the print queue: three orders in, one of them printed
        long queued = count("SELECT COUNT(*) FROM customer_order WHERE status = 'QUEUED'");
        var far = today().plusDays(300);
        var first = shop.order(product, Shop.Customer.inJapan("Queue One"), "queue", far).number();
        var second = shop.order(product, Shop.Customer.inJapan("Queue Two"), "queue", far).number();
        var third = shop.order(product, Shop.Customer.inJapan("Queue Three"), "queue", far).number();
        awaitGauge(PRINT_QUEUE, queued + 3);
        long runsBefore = timerCount();
        printRuns.create(new PrintRunRequest(List.of(third.value()), null, null), "test");
        awaitGauge(PRINT_QUEUE, queued + 2);
        assertThat(count("SELECT COUNT(*) FROM customer_order WHERE status = 'QUEUED'")).isEqualTo(queued + 2);
        Await.until("the print run timed", this::timerCount, n -> n == runsBefore + 1);
        var timed = metrics();
        assertThat(timed.value(PRINT_RUN_DURATION + "_seconds_sum")).hasValueSatisfying(s -> assertThat(s)
                .isPositive());
        // a histogram too (buckets add up across instances, quantiles do not)
        assertThat(timed.value(PRINT_RUN_DURATION + "_seconds_bucket", "le=\"+Inf\""))
                .contains((double) runsBefore + 1);
        assertTimerInSeconds(timed);
        Await.until("the printed order's code gone from stock", () -> metrics().value(CODES_AVAILABLE, sku),
                v -> v.isPresent() && v.get() == 5.0);
        assertThat(count("SELECT COUNT(*) FROM activation_code c JOIN product p ON p.id = c.product_id "
                + "WHERE p.sku = '" + product.sku() + "' AND c.status = 'AVAILABLE'")).isEqualTo(5);

        // the outbox: an order whose plan runs out in two days gets its code by email at allocation;
        // the mail server refuses, so the email waits and is retried
        long pending = count("SELECT COUNT(*)" + WAITING_TO_BE_SENT);
        var atRisk = shop.order(product, Shop.Customer.inJapan("Soon Expiring"), "risk", today().plusDays(2));
        codeStock.allocateFor(atRisk.number(), "print-run");
        awaitGauge(OUTBOX_PENDING, pending + 1);
        Await.until("the first refusal", () -> outbox.emailsOf(atRisk.number()).get(0).attemptCount(), n -> n >= 1);
        awaitGauge(OUTBOX_RETRYING, count("SELECT COUNT(*)" + WAITING_TO_BE_SENT + "AND e.attempt_count > 0"));
        assertThat(metrics().value(OUTBOX_RETRYING).orElseThrow()).isGreaterThanOrEqualTo(1.0);
        clock.advance(Duration.ofHours(3));
        Await.until(OUTBOX_OLDEST_PENDING_AGE + " past three hours",
                () -> metrics().value(OUTBOX_OLDEST_PENDING_AGE + "_seconds"),
                v -> v.isPresent() && v.get() >= Duration.ofHours(3).toSeconds());

        // failed emails: a product name on two lines cannot go into an email, which fails for good
        long failed = count("SELECT COUNT(*) FROM email_outbox WHERE status = 'FAILED'");
        var unsendable = shop.product("US eSIM\n30 days", ProductKind.ESIM_PROFILE, 1);
        var broken = shop.order(unsendable, Shop.Customer.inJapan("Broken Name"), "broken", today().plusDays(2));
        codeStock.allocateFor(broken.number(), "print-run");
        awaitGauge(EMAILS_FAILED, failed + 1);
        assertThat(outbox.needingAttention(com.renewalpost.fulfilment.platform.PageRequest.first(500))).extracting("orderNumber").contains(broken.number().value());

        // late letters: two posted to China (14 days' standard, 3 days' grace), one of them delivered,
        // and one posted to Japan later. Letters other classes posted on this server are all late
        // first, so that from here on only this test's letters change the count.
        clock.advance(Duration.ofDays(longestStandardDays() + rules.graceDays() + 1L));
        long delayed = lateLetters.count();
        awaitGauge(SHIPMENTS_DELAYED, delayed);
        var chinaLate = posted(shop, product, "late");
        var chinaDelivered = posted(shop, product, "delivered");
        clock.advance(Duration.ofDays(10));
        lifecycle.move(chinaDelivered, OrderStatus.DELIVERED, "tracking", "Delivered");
        var japanRecent = shop.order(product, Shop.Customer.inJapan("Recent Post"), "recent", far).number();
        codeStock.allocateFor(japanRecent, "print-run");
        handToThePost(japanRecent);
        awaitGauge(SHIPMENTS_DELAYED, delayed);
        clock.advance(Duration.ofDays(8)); // China: posted 18 days ago, late; Japan: 8 days ago, on time
        awaitGauge(SHIPMENTS_DELAYED, delayed + 1);
        lifecycle.move(chinaLate, OrderStatus.LOST, "support", "Never arrived");
        awaitGauge(SHIPMENTS_DELAYED, delayed);

        assertThat(List.of(first, second)).allSatisfy(n ->
                assertThat(orders.byNumber(n).orElseThrow().status()).isEqualTo(OrderStatus.QUEUED));
    }

    @Test
    void aRunStartedFromTheStaffPageIsTimedToo() throws Exception {
        var shop = shop();
        var product = shop.product("US top-up 7 days", ProductKind.VOUCHER, 1);
        var number = shop.order(product, Shop.Customer.inJapan("Page Run"), "page", today().plusDays(300)).number();
        long runsBefore = timerCount();
        printRunJobs.start(new PrintRunRequest(List.of(number.value()), null, null), "test");
        Await.until("the page's print run timed", this::timerCount, n -> n == runsBefore + 1);
        assertTimerInSeconds(metrics());
    }

    @Test
    void onlyTheMonitoringSystemAndAdminsReadTheMetrics() throws Exception {
        var ordersKey = apiKeys.create("Web shop", Roles.ORDERS_WRITE, "test").token();
        var warehouse = StaffFixture.newAccount(staffAccounts, Set.of(Roles.WAREHOUSE));
        var support = StaffFixture.newAccount(staffAccounts, Set.of(Roles.SUPPORT));

        for (var path : List.of("metrics", "metrics?scope=application", "metrics?scope=base")) {
            for (var unknown : new String[] {null, "Bearer " + METRICS_TOKEN.substring(1), "Bearer rp_0000_nothing"}) {
                var refused = http().get(path, unknown);
                assertThat(refused.statusCode()).as(path + " " + unknown).isEqualTo(401);
                assertThat(refused.body()).doesNotContain("fulfilment_");
            }
            assertThat(http().get(path, null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
                    assertThat(h).startsWith("Bearer"));
            assertThat(http().get(path, null).body()).contains("/problems/not-logged-in");
            for (var notAllowed : List.of(warehouse.basic(), support.basic(), "Bearer " + ordersKey)) {
                var answer = http().get(path, notAllowed);
                assertThat(answer.statusCode()).as(path).isEqualTo(403);
                assertThat(answer.body()).contains("/problems/not-allowed").doesNotContain("fulfilment_");
            }
            assertThat(http().get(path, admin().basic()).statusCode()).as(path).isEqualTo(200);
            assertThat(http().get(path, "Bearer " + METRICS_TOKEN).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(metrics().text()).contains(PRINT_QUEUE).contains("jvm_uptime");
        // the token reads metrics and nothing else
        for (var path : List.of("api/queue", "api/stock", "api/emails/attention", "api/admin/api-keys")) {
            assertThat(http().get(path, "Bearer " + METRICS_TOKEN).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void theMetricsHoldNoCodeAndNoPersonalData() throws Exception {
        var shop = shop();
        var product = shop.product("US eSIM 30 days", ProductKind.ESIM_PROFILE, 3);
        var customer = Shop.Customer.inChina("李秀英", "Li Xiuying");
        var placed = shop.order(product, customer, "li.xiuying", today().plusDays(2));
        codeStock.allocateFor(placed.number(), "print-run");
        Await.until("the refused email counted", () -> metrics().value(OUTBOX_RETRYING), v -> v.orElse(0.0) >= 1);

        var page = metrics().text();
        assertThat(page).contains(product.sku());
        for (var secret : shop.codesImported()) {
            assertThat(page).doesNotContain(secret).doesNotContain(secret.substring(secret.lastIndexOf('$') + 1));
        }
        assertThat(page).doesNotContain(placed.number().value()).doesNotContain(placed.email())
                .doesNotContain(placed.iccid()).doesNotContain("李秀英").doesNotContain("Xiuying")
                .doesNotContain("Zhongguancun").doesNotContain("100080");
    }

    @Test
    void readinessFailsWhileTheDatabaseIsOutOfReachAndRecoversAfter() throws Exception {
        var ready = http().get("health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");

        try (var cut = DatabaseCut.begin(dataSource)) {
            var down = http().get("health/ready", null);
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            var check = json(down.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
            assertThat(check.getString("status")).isEqualTo("DOWN");
            // anyone may ask: the answer names neither the database nor its failure (admins see those)
            assertThat(check.containsKey("data") ? check.getJsonObject("data") : JsonObject.EMPTY_JSON_OBJECT).isEmpty();
            // the gauges do not pass off an old figure as the current one
            Await.until("the gauges without a database", () -> metrics().value(PRINT_QUEUE),
                    v -> v.isPresent() && v.get().isNaN());
        }

        var back = Await.until("readiness after the database is back", () -> http().get("health/ready", null),
                r -> r.statusCode() == 200);
        assertThat(back.body()).contains("\"UP\"");
        Await.until("the gauges after the database is back", () -> metrics().value(PRINT_QUEUE),
                v -> v.isPresent() && !v.get().isNaN());
    }

    // ---- the shop ----

    private Shop shop() {
        return new Shop(catalogue, codeStock, intake);
    }

    private OrderNumber posted(Shop shop, Product product, String name) {
        var number = shop.order(product, Shop.Customer.inChina("王" + name, "Wang " + name), name,
                today().plusDays(300)).number();
        codeStock.allocateFor(number, "print-run");
        handToThePost(number);
        return number;
    }

    private void handToThePost(OrderNumber number) {
        lifecycle.move(number, OrderStatus.PRINTED, "print-run", "Printed");
        lifecycle.move(number, OrderStatus.PACKED, "packing", "Packed");
        lifecycle.move(number, OrderStatus.POSTED, "posting", "Handed to the post");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The longest delivery standard of any destination and service (the last resort's for those without). */
    private int longestStandardDays() {
        return Math.max(DeliveryStandards.Table.LAST_RESORT_DAYS, deliveryStandards.table().days().values().stream()
                .mapToInt(Integer::intValue).max().orElse(0));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    // ---- metrics ----

    /** What the monitoring system sees, with its token (cheap to check, unlike a password). */
    private MetricsPage metrics() {
        var answer = http().get("metrics", "Bearer " + METRICS_TOKEN);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return MetricsPage.of(answer.body());
    }

    /**
     * Every figure of the print-run timer in one unit, seconds: none larger than the sum of all
     * runs, the longest run at least their average, the buckets at and above the longest run
     * holding every run. (Payara wrote mean, max and quantiles of a timer declared in seconds in
     * nanoseconds: 10^9 times the sum.)
     */
    private static void assertTimerInSeconds(MetricsPage page) {
        var name = PRINT_RUN_DURATION + "_seconds";
        double count = page.value(name + "_count").orElseThrow();
        double sum = page.value(name + "_sum").orElseThrow();
        double max = page.value(name + "_max").orElseThrow();
        // one run: max, mean and sum are the same figure, printed through different sums of doubles
        double atMostSum = sum * (1 + 1e-9);
        assertThat(max).as("max, in seconds like the sum " + sum).isPositive().isLessThanOrEqualTo(atMostSum)
                .isGreaterThanOrEqualTo(sum / count * 0.999);
        var family = page.samples().entrySet().stream()
                .filter(e -> e.getKey().startsWith(name) && e.getKey().contains("mp_scope=\"application\""))
                .toList();
        assertThat(family).as("the timer's samples").hasSizeGreaterThan(5);
        for (var sample : family) {
            var key = sample.getKey();
            double value = sample.getValue();
            if (key.startsWith(name + "_count") || key.startsWith(name + "_bucket")) {
                assertThat(value).as(key).isLessThanOrEqualTo(count);
                if (key.startsWith(name + "_bucket") && !key.contains("+Inf")) {
                    double le = Double.parseDouble(key.replaceAll(".*le=\"([^\"]+)\".*", "$1"));
                    if (le >= max) {
                        assertThat(value).as(key + ": every run took at most " + max + " s").isEqualTo(count);
                    }
                }
            } else {
                // mean, max, any quantile: each at most the sum of all runs
                assertThat(value).as(key + " in seconds like the sum " + sum).isGreaterThanOrEqualTo(0)
                        .isLessThanOrEqualTo(atMostSum);
            }
        }
    }

    private long timerCount() {
        return metrics().value(PRINT_RUN_DURATION + "_seconds_count").orElse(0.0).longValue();
    }

    private void awaitGauge(String name, long expected) {
        Await.until(name + " = " + expected, () -> metrics().value(name), v -> v.isPresent() && v.get() == expected);
    }

    // ---- HTTP ----

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private LocalHttp http() {
        if (http == null) {
            http = new LocalHttp(base);
        }
        return http;
    }

    /** An admin account, made on first use. */
    private StaffFixture.Credentials admin() {
        if (admin == null) {
            admin = StaffFixture.newAccount(staffAccounts, Set.of(Roles.ADMIN));
        }
        return admin;
    }
}
