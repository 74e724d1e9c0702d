package com.renewalpost.fulfilment.system;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support's tools (issue 15, items 17 and 18): hold, release, cancel and correct an order on its
 * page; open an order straight from an exact number; tick orders and act on all of them; export
 * the list as CSV with its cells safe to open in a spreadsheet.
 */
class SupportToolsSystemTest {

    static SystemServer server;
    static Browser browser;
    static SupportData data;

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        browser = new Browser(server);
        data = new SupportData(server, server.newStaff("WAREHOUSE", "ADMIN"));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void supportHoldsReleasesCorrectsTheAddressAndTheProductAndCancelsAnOrderBeforePrinting() {
        var stock = data.product(1);
        var other = data.product(1);
        var number = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        var support = server.newStaff("SUPPORT");
        browser.logIn(support);
        browser.open("staff/order.xhtml?number=" + number);
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Queued");

        // held for a reason, shown and audited; then released
        browser.find(By.id("hold:reason")).sendKeys("Customer is moving: wait for the new address");
        browser.find(By.id("hold:go")).click();
        browser.waitFor(d -> browser.textOf("order-status").equals("On hold"));
        assertThat(browser.pageText()).contains("Customer is moving: wait for the new address");
        assertThat(data.status(number)).isEqualTo("ON_HOLD");
        assertThat(data.audit(number, "ORDER_HELD")).anySatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo(support.username());
            assertThat(e.getString("detail")).isEqualTo("Customer is moving: wait for the new address");
        });
        assertThat(browser.driver().findElements(By.id("hold"))).isEmpty();

        // a new address the intake's rules refuse changes nothing; a good one is kept, the old one on the timeline
        replace("address-change:postcode", "ABC");
        browser.find(By.id("address-change:reason")).sendKeys("New address by phone");
        browser.find(By.id("address-change:go")).click();
        browser.waitFor(d -> growl().contains("address.postcode"));
        assertThat(data.order(number).getJsonObject("address").getString("postcode")).isEqualTo("100080");
        replace("address-change:street1", "1600 Pennsylvania Avenue NW");
        replace("address-change:street2", "");
        replace("address-change:locality", "");
        replace("address-change:city", "Washington");
        replace("address-change:region", "DC");
        replace("address-change:postcode", "20500");
        replace("address-change:country", "US");
        browser.find(By.id("address-change:go")).click();
        browser.waitFor(d -> browser.textOf("address").contains("WASHINGTON") || browser.textOf("address").contains("Washington"));
        var address = data.order(number).getJsonObject("address");
        assertThat(address.getString("country")).isEqualTo("US");
        assertThat(address.getString("postcode")).isEqualTo("20500");
        assertThat(browser.find(By.id("timeline")).getText())
                .contains("Address changed (was: No. 18 Zhongguancun Street", "New address by phone");
        assertThat(data.audit(number, "ORDER_ADDRESS_CHANGED")).hasSize(1);

        // another product
        new Select(browser.find(By.id("product-change:sku"))).selectByValue(other.sku());
        browser.find(By.id("product-change:reason")).sendKeys("Customer wants the other plan");
        browser.find(By.id("product-change:go")).click();
        browser.waitFor(d -> browser.textOf("order-fields").contains(other.sku()));
        assertThat(data.order(number).getJsonObject("product").getString("sku")).isEqualTo(other.sku());
        assertThat(browser.find(By.id("timeline")).getText())
                .contains("Product changed from " + stock.sku() + " to " + other.sku());
        assertThat(data.audit(number, "ORDER_PRODUCT_CHANGED")).hasSize(1);

        // released back to the queue, for a reason
        browser.find(By.id("release:reason")).sendKeys("New address confirmed");
        browser.find(By.id("release:go")).click();
        browser.waitFor(d -> browser.textOf("order-status").equals("Queued"));
        assertThat(data.audit(number, "ORDER_RELEASED")).hasSize(1);
        browser.screenshot("order-support-actions");

        // cancelled before printing: no code to give back
        browser.find(By.id("cancel:reason")).sendKeys("Customer changed their mind");
        browser.find(By.id("cancel:go")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor(d -> browser.textOf("order-status").equals("Cancelled"));
        assertThat(data.audit(number, "ORDER_CANCELLED")).hasSize(1);
        for (var gone : List.of("hold", "release", "cancel", "address-change", "product-change")) {
            assertThat(browser.driver().findElements(By.id(gone))).as(gone).isEmpty();
        }
    }

    @Test
    void cancellingReturnsACodeNeverPrintedToStockAndVoidsAPrintedOne() {
        var stock = data.product(2);
        var lost = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        var printed = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        data.print(lost);
        data.post(lost);
        // the reship voids the lost letter's code and takes the last one in stock, before any printing
        var replacement = data.lostAndReshipped(lost);
        assertThat(data.status(replacement)).isEqualTo("QUEUED");
        var support = server.newStaff("SUPPORT");
        browser.logIn(support);

        browser.open("staff/order.xhtml?number=" + replacement);
        var masked = browser.find(By.id("masked-code")).getText();
        assertThat(masked).startsWith("••••");
        browser.find(By.id("cancel:reason")).sendKeys("Customer found the first letter after all");
        browser.find(By.id("cancel:go")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor(d -> browser.textOf("order-status").equals("Cancelled"));
        assertThat(browser.find(By.id("timeline")).getText()).contains("Activation code returned to stock");
        assertThat(data.audit(replacement, "ORDER_CANCELLED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains("code back to stock"));
        // (the lost letter's own code was voided by the reship; its entry names the replacement)
        assertThat(data.audit(replacement, "CODE_VOIDED")).noneSatisfy(
                e -> assertThat(e.getString("subject")).isEqualTo(replacement));

        // the code is in stock again: the next order of the product is printed with that very code
        data.print(printed);
        browser.open("staff/order.xhtml?number=" + printed);
        assertThat(browser.find(By.id("masked-code")).getText()).isEqualTo(masked);

        // a printed code is exposed: cancelling voids it, audited
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Printed");
        assertThat(browser.driver().findElements(By.id("address-change"))).as("printed: too late").isEmpty();
        browser.find(By.id("cancel:reason")).sendKeys("Duplicate of a web order");
        browser.find(By.id("cancel:go")).click();
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitFor(d -> browser.textOf("order-status").equals("Cancelled"));
        assertThat(browser.find(By.id("timeline")).getText()).contains("Activation code voided");
        assertThat(data.audit(printed, "CODE_VOIDED")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(support.username()));

        // a letter in the post cannot be cancelled
        browser.open("staff/order.xhtml?number=" + lost);
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Lost");
        assertThat(browser.driver().findElements(By.id("cancel"))).isEmpty();
    }

    @Test
    void anExactNumberOpensTheOrderAndTickedOrdersAreHeldReleasedPrintedAndTheListExported() throws Exception {
        var stock = data.product(4);
        var base = SupportData.Customer.fresh();
        var first = data.order(stock, like(base, base.name()), SupportData.Destination.CN);
        var second = data.order(stock, like(base, "=HYPERLINK(\"http://evil.example\")" + base.name()),
                SupportData.Destination.CN);
        var packed = data.order(stock, like(base, base.name()), SupportData.Destination.US);
        data.print(packed);
        var tracking = data.pack(packed);
        var user = server.newStaff("SUPPORT", "WAREHOUSE");
        browser.logIn(user);

        // an exact order number or tracking number opens the order
        browser.open("staff/orders.xhtml");
        type(first.toLowerCase(), true);
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/order.xhtml") && browser.textOf("order-number").equals(first));
        browser.open("staff/orders.xhtml");
        type(tracking, false);
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/order.xhtml") && browser.textOf("order-number").equals(packed));

        // the three found by the name, two ticked and held with one reason
        browser.open("staff/orders.xhtml");
        type(base.name(), false);
        browser.waitFor(d -> resultNumbers().size() == 3);
        tick(first, second);
        browser.find(By.id("search:bulk-reason")).sendKeys("Cheques not cleared yet");
        browser.find(By.id("search:bulk-hold")).click();
        browser.waitFor(d -> report().equals(List.of(first + " Done On hold now", second + " Done On hold now")));
        assertThat(data.status(first)).isEqualTo("ON_HOLD");
        assertThat(data.status(second)).isEqualTo("ON_HOLD");
        assertThat(data.audit(second, "ORDER_HELD")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).isEqualTo("Cheques not cleared yet"));
        browser.screenshot("orders-bulk");

        // released, each order on its own: the packed one is refused and says why
        tick(first, second, packed);
        browser.find(By.id("search:bulk-reason")).sendKeys("Cheques cleared");
        browser.find(By.id("search:bulk-release")).click();
        browser.waitFor(d -> report().size() == 3);
        assertThat(report()).containsExactly(first + " Done Back in the print queue",
                second + " Done Back in the print queue",
                packed + " Not done Order " + packed + " is not on hold (it is Packed)");
        assertThat(data.status(first)).isEqualTo("QUEUED");

        // printed in a new run, in the order ticked
        tick(second, first);
        browser.find(By.id("search:bulk-print")).click();
        browser.waitFor(d -> report().size() == 2);
        assertThat(report()).allSatisfy(line -> assertThat(line).contains("Done", "Printed in run"));
        assertThat(data.status(first)).isEqualTo("PRINTED");
        assertThat(data.status(second)).isEqualTo("PRINTED");

        // the list exported as CSV: every order found, the formula-like name made text
        var before = downloaded();
        browser.find(By.id("search:export")).click();
        var csv = newDownload(before);
        var text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("Order")).containsExactlyInAnyOrder(first, second, packed);
        assertThat(records).filteredOn(r -> r.get("Order").equals(second)).singleElement()
                .satisfies(r -> assertThat(r.get("Customer")).startsWith("'=HYPERLINK("));
        assertThat(records).filteredOn(r -> r.get("Order").equals(packed)).singleElement()
                .satisfies(r -> assertThat(r.get("Tracking number")).isEqualTo(tracking));
        assertThat(data.audit("orders", "ORDERS_EXPORTED")).anySatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo(user.username());
            assertThat(e.getString("detail")).startsWith("3 orders");
        });

        // packed, in no dispatch yet: the posting page links each such order
        browser.open("staff/warehouse/posting.xhtml");
        var rows = browser.waitUntil(d -> {
            var found = d.findElements(By.cssSelector("#posting\\:waiting tbody tr[data-ri]"));
            return found.isEmpty() ? null : found;
        });
        assertThat(rows).allSatisfy(row -> assertThat(row.findElements(By.cssSelector("a.order-link"))).hasSize(1));
    }

    @Test
    void theApiHoldsReleasesAndCancelsUnderTheSameRules() {
        var stock = data.product(1);
        var number = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var support = server.newStaff("SUPPORT");
        var noReason = server.send("POST", "api/orders/" + number + "/hold", support, "{}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        var held = server.send("POST", "api/orders/" + number + "/hold", support, "{\"reason\": \"Address unclear\"}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        assertThat(SupportData.json(held.body()).getString("status")).isEqualTo("ON_HOLD");
        var again = server.send("POST", "api/orders/" + number + "/hold", support, "{\"reason\": \"twice\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        var released = server.send("POST", "api/orders/" + number + "/release", support, "{\"reason\": \"Clear now\"}");
        assertThat(SupportData.json(released.body()).getString("status")).isEqualTo("QUEUED");
        var warehouse = server.send("POST", "api/orders/" + number + "/cancel", server.newStaff("WAREHOUSE"),
                "{\"reason\": \"not mine to do\"}");
        assertThat(warehouse.statusCode()).isEqualTo(403);
        var cancelled = server.send("POST", "api/orders/" + number + "/cancel", support, "{\"reason\": \"Asked by phone\"}");
        assertThat(SupportData.json(cancelled.body()).getString("status")).isEqualTo("CANCELLED");
        assertThat(data.audit(number, "ORDER_CANCELLED")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(support.username()));
    }

    @Test
    void aWarehouseUserGetsNoSupportActionsHoldOrExport() {
        var stock = data.product(1);
        var number = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        browser.logIn(server.newStaff("WAREHOUSE"));
        browser.open("staff/order.xhtml?number=" + number);
        assertThat(browser.find(By.id("order-number")).getText()).isEqualTo(number);
        for (var form : List.of("hold", "release", "cancel", "address-change", "product-change")) {
            assertThat(browser.driver().findElements(By.id(form))).as(form).isEmpty();
        }
        browser.open("staff/orders.xhtml");
        browser.find(By.id("search:bulk-print"));
        for (var support : List.of("search:bulk-hold", "search:bulk-release", "search:export")) {
            assertThat(browser.driver().findElements(By.id(support))).as(support).isEmpty();
        }
    }

    // ---- helpers ----

    /** Another customer with this name (the search finds them together); their own email and ICCID. */
    private static SupportData.Customer like(SupportData.Customer base, String name) {
        var fresh = SupportData.Customer.fresh();
        return new SupportData.Customer(name, base.latin(), fresh.email(), fresh.iccid());
    }

    private static void type(String typed, boolean withEnter) {
        var box = browser.find(By.id("search:text"));
        box.clear();
        box.sendKeys(typed);
        if (withEnter) {
            box.sendKeys(Keys.ENTER);
        } else {
            browser.find(By.id("search:go")).click();
        }
    }

    private static void replace(String id, String value) {
        var input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Ticks exactly these orders' rows in the results. */
    private static void tick(String... numbers) {
        browser.waitFor(d -> resultNumbers().containsAll(List.of(numbers)));
        for (var number : numbers) {
            var row = browser.find(By.cssSelector("#search\\:results tr[data-rk='" + number + "']"));
            var box = row.findElement(By.cssSelector(".ui-chkbox-box"));
            if (!box.getAttribute("class").contains("ui-state-active")) {
                box.click();
            }
            browser.waitFor(d -> d.findElement(By.cssSelector("#search\\:results tr[data-rk='" + number + "']"))
                    .getAttribute("aria-selected").equals("true"));
        }
    }

    /** The bulk report's lines: order, outcome and what happened. */
    private static List<String> report() {
        try {
            return browser.driver().findElements(By.cssSelector("#search\\:bulk-report tbody tr")).stream()
                    .map(tr -> tr.getText().replaceAll("\\s+", " ").strip()).toList();
        } catch (StaleElementReferenceException updating) {
            return List.of();
        }
    }

    private static List<String> resultNumbers() {
        try {
            return browser.driver().findElements(By.cssSelector("#search\\:results a.order-link")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException updating) {
            return List.of();
        }
    }

    private static String growl() {
        try {
            return browser.driver().findElement(By.id("growl_container")).getText();
        } catch (NoSuchElementException | StaleElementReferenceException changing) {
            return "";
        }
    }

    private static List<Path> downloaded() throws IOException {
        try (var files = Files.list(Browser.downloads())) {
            // Chromium's hidden temporary files (".org.chromium.Chromium.*") come and go while it saves
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** The one file saved since {@code before}, once Chromium has finished writing it. */
    private static Path newDownload(List<Path> before) {
        return browser.waitUntil(d -> {
            try {
                var fresh = downloaded().stream().filter(f -> !before.contains(f)).toList();
                return fresh.size() == 1 && fresh.get(0).getFileName().toString().endsWith(".csv")
                        && Files.size(fresh.get(0)) > 0 ? fresh.get(0) : null;
            } catch (IOException renamedMeanwhile) {
                // Chromium writes to a temporary file and renames it: look again
                return null;
            }
        });
    }

}
