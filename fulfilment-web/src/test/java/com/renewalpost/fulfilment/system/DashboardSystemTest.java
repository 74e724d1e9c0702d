package com.renewalpost.fulfilment.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures move by exactly what this test does to its own orders (other tests share
 * the database, so every figure is compared before and after, never read as an absolute), its
 * charts show its posting and its delivery, and a letter left in the post too long shows as delayed.
 */
class DashboardSystemTest {

    /** The figures of the dashboard, by element id. */
    private static final String[] FIGURES = {"figure-queue", "figure-at-risk", "figure-on-hold", "figure-printed",
            "figure-packed", "figure-delayed", "figure-emails-failing"};

    static SystemServer server;
    static RestSetup api;
    static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        api = new RestSetup(server);
        browser = new Browser(server);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theFiguresAndChartsFollowTheOrdersThroughTheWarehouseDay() {
        var admin = server.newStaff("ADMIN");
        var warehouse = server.newStaff("WAREHOUSE");
        var sku = api.newProduct(admin, "DSH");
        api.importCodes(admin, sku, 3);
        var withoutCodes = api.newProduct(admin, "DSH0");
        browser.logIn(admin);

        // in: three queued, one of them at risk (its plan ends tomorrow: too late for the post), one for a product out of codes
        var before = figures();
        // the application's clock only moves forward from the real one: a year ahead is never at risk
        var later = LocalDate.now().plusYears(1).toString();
        var standard = api.newOrder(warehouse, sku, "STANDARD_LETTER", later);
        var tracked = api.newOrder(warehouse, sku, "TRACKED_LETTER", later);
        var tooLate = api.newOrder(warehouse, sku, "STANDARD_LETTER", LocalDate.now().plusDays(1).toString());
        var noCode = api.newOrder(warehouse, withoutCodes, "STANDARD_LETTER", later);
        var queued = figures();
        assertThat(changes(before, queued)).isEqualTo(Map.of("figure-queue", 4L, "figure-at-risk", 1L));

        // the print queue agrees: the at-risk order's post-by date has passed and it says so, nothing
        // promises that posting today still makes it; the others' post-by dates lie ahead
        var today = api.serverNow().toLocalDate();
        browser.open("staff/warehouse/print-runs.xhtml");
        var lateRow = queueRow(tooLate);
        assertThat(lateRow.getAttribute("class")).contains("at-risk");
        assertThat(postBy(lateRow)).isBefore(today);
        assertThat(lateRow.getText()).contains("too late by post");
        assertThat(browser.find(By.cssSelector(".at-risk-count")).getText())
                .contains("can no longer reach the customer by post before their plan ends")
                .contains("the post-by date has passed").doesNotContainIgnoringCase("post them today");
        var timelyRow = queueRow(standard);
        assertThat(timelyRow.getAttribute("class")).doesNotContain("at-risk");
        assertThat(postBy(timelyRow)).isAfter(today);
        assertThat(timelyRow.getText()).doesNotContain("too late");

        // printed: two get codes, the one without stock goes on hold
        api.printRun(warehouse, standard, tracked, noCode);
        browser.open("staff/warehouse/print-runs.xhtml");
        browser.find(By.id("runs:queue"));
        browser.screenshot("print-runs");
        var printed = figures();
        assertThat(changes(queued, printed)).isEqualTo(Map.of("figure-queue", -3L, "figure-printed", 2L,
                "figure-on-hold", 1L));

        // packed: the tracked letter with the post office's pre-printed label
        var trackingNumber = api.attachTrackingLabel(warehouse, "dash", tracked);
        api.pack(warehouse, "dash", standard, standard);
        api.pack(warehouse, "dash", tracked, trackingNumber);
        var packed = figures();
        assertThat(changes(printed, packed)).isEqualTo(Map.of("figure-printed", -2L, "figure-packed", 2L));

        // posted: out of the packed figure, into the posting chart
        long postedBefore = postedInChart();
        api.post(warehouse, standard, tracked);
        var posted = figures();
        assertThat(changes(packed, posted)).isEqualTo(Map.of("figure-packed", -2L));
        assertThat(postedInChart()).isEqualTo(postedBefore + 2);

        // delivered three days later: one more delivery to Japan in the transit chart
        server.advanceClock(Duration.ofDays(3));
        var deliveriesBefore = deliveriesTo("JP");
        api.delivered(admin, trackingNumber, api.serverNow());
        browser.driver().navigate().refresh();
        assertThat(deliveriesTo("JP")).isEqualTo(deliveriesBefore + 1);
        assertThat(browser.find(By.id("posted-chart")).findElements(By.tagName("canvas"))).hasSize(1);
        assertThat(browser.find(By.id("transit-chart")).findElements(By.tagName("canvas"))).hasSize(1);
        browser.screenshot("dashboard");

        // long past the standard for Japan (8 days) and the grace days: the undelivered letter is delayed
        long delayedBefore = figures().get("figure-delayed");
        server.advanceClock(Duration.ofDays(40));
        var late = figures();
        assertThat(late.get("figure-delayed")).isGreaterThanOrEqualTo(delayedBefore + 1);
        var lateList = browser.find(By.id("late")).getText();
        if (late.get("figure-delayed") <= 50) { // the dashboard lists the 50 longest overdue
            assertThat(lateList).contains(standard);
        }
        assertThat(lateList).as("a delivered letter is never late").doesNotContain(tracked);

        // each figure leads to the orders it counts
        assertThat(browser.find(By.cssSelector("#figure-on-hold a")).getAttribute("href"))
                .endsWith("/staff/orders.xhtml?status=ON_HOLD");
        assertThat(browser.find(By.cssSelector("#figure-queue a")).getAttribute("href"))
                .endsWith("/staff/orders.xhtml?status=QUEUED");
        assertThat(browser.find(By.cssSelector("#figure-delayed a")).getAttribute("href")).endsWith("#late-letters");
        assertThat(browser.find(By.cssSelector("#figure-emails-failing a")).getAttribute("href"))
                .endsWith("/staff/support/attention.xhtml");

        // ... and the orders page lists just those: the status chosen in its filter, every row on hold
        browser.find(By.cssSelector("#figure-on-hold a")).click();
        assertThat(new Select(browser.find(By.id("search:status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ON_HOLD");
        var statuses = browser.driver().findElements(By.cssSelector("[id='search:results'] span.status"));
        assertThat(statuses).isNotEmpty().allSatisfy(s -> assertThat(s.getAttribute("class")).contains("status-ON_HOLD"));
    }

    /** The print queue's row of one order, found with the number filter. */
    private static org.openqa.selenium.WebElement queueRow(String number) {
        var filter = browser.find(By.id("runs:queue:number:filter"));
        filter.clear();
        filter.sendKeys(number);
        browser.waitFor(d -> d.findElements(By.cssSelector("[id='runs:queue'] tbody tr[data-rk]")).size() == 1
                && !d.findElements(By.cssSelector("tr[data-rk='" + number + "']")).isEmpty());
        return browser.find(By.cssSelector("tr[data-rk='" + number + "']"));
    }

    /** The "Post by" date of a queue row: its last column. */
    private static LocalDate postBy(org.openqa.selenium.WebElement row) {
        var cells = row.findElements(By.tagName("td"));
        return LocalDate.parse(cells.get(cells.size() - 1).getText().strip().split("\\s+")[0]);
    }

    /** Reloads the dashboard and reads every figure. */
    private static Map<String, Long> figures() {
        browser.open("staff/index.xhtml");
        Map<String, Long> values = new TreeMap<>();
        for (var id : FIGURES) {
            values.put(id, Long.parseLong(browser.find(By.cssSelector("#" + id + " .value")).getText().strip()));
        }
        return values;
    }

    /** The figures that changed, and by how much. */
    private static Map<String, Long> changes(Map<String, Long> from, Map<String, Long> to) {
        Map<String, Long> changed = new TreeMap<>();
        from.forEach((id, value) -> {
            if (!to.get(id).equals(value)) {
                changed.put(id, to.get(id) - value);
            }
        });
        return changed;
    }

    /** Items posted over the chart's 30 days, from the table that carries the chart's figures for screen readers. */
    private static long postedInChart() {
        browser.open("staff/index.xhtml");
        return browser.driver().findElements(By.cssSelector("#posted-data td")).stream()
                .mapToLong(td -> Long.parseLong(td.getAttribute("textContent").strip())).sum();
    }

    private static int deliveriesTo(String country) {
        return browser.driver().findElements(By.cssSelector("#transit-data tr[data-country='" + country + "'] td"))
                .stream().skip(1).findFirst()
                .map(td -> Integer.parseInt(td.getAttribute("textContent").strip())).orElse(0);
    }
}
