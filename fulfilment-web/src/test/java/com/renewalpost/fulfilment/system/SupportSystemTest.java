package com.renewalpost.fulfilment.system;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support's day in the browser: find an order from any clue, read its timeline, show and email the
 * code for a reason, note what the customer said, record a letter lost and send it again; the
 * carrier's tracking file and the lost-letter proposals. And what a warehouse user does not see.
 */
class SupportSystemTest {

    static SystemServer server;
    static Browser browser;
    static SupportData data;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> browser);

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
    void supportFindsAnOrderReadsItsTimelineShowsAndEmailsTheCodeNotesAndReshipsALostLetter() throws Exception {
        var stock = data.product(2);
        var customer = SupportData.Customer.fresh();
        var number = data.order(stock, customer, SupportData.Destination.CN);
        data.print(number);
        var tracking = data.post(number);
        var support = server.newStaff("SUPPORT");
        browser.logIn(support);

        // found by a fragment of the Chinese name, typed and sent with Enter
        browser.open("staff/orders.xhtml");
        var fragment = customer.name().substring(1, 3);
        search(fragment, true, number);
        assertThat(browser.find(By.id("search:results")).getText()).contains(customer.name(), tracking);
        browser.screenshot("orders");
        // by the ICCID's last digits, by the tracking number, and by the number typed loosely
        search(customer.iccid().substring(customer.iccid().length() - 6), false, number);
        // an exact tracking number or order number (typed loosely) opens the order itself
        opens(tracking.toLowerCase(), false, number);
        opens(number.toLowerCase().replace("-", " "), true, number);
        search("RP-" + "0".repeat(8), false);
        assertThat(browser.find(By.id("search:results")).getText()).contains("No order matches");
        // the filters narrow what a clue finds
        search(fragment, true, number);
        new Select(browser.find(By.id("search:status"))).selectByVisibleText("Queued");
        submit(false);
        new Select(browser.find(By.id("search:status"))).selectByVisibleText("Posted");
        new Select(browser.find(By.id("search:channel"))).selectByVisibleText("Web shop");
        submit(false, number);

        // the API's search takes the same clues and filters
        var found = SupportData.json(server.send("GET", "api/orders?q=" + URLEncoder.encode(fragment,
                StandardCharsets.UTF_8) + "&status=POSTED&country=cn&channel=WEB", support, null).body());
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getString("trackingNumber")).isEqualTo(tracking);
        var none = SupportData.json(server.send("GET", "api/orders?q=" + tracking + "&status=QUEUED", support, null)
                .body());
        assertThat(none.getJsonNumber("total").longValue()).isZero();

        browser.find(By.linkText(number)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/order.xhtml"));
        assertThat(browser.find(By.id("order-number")).getText()).isEqualTo(number);
        assertThat(browser.find(By.id("customer-name")).getText()).isEqualTo(customer.name());
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("Posted");
        var timeline = browser.find(By.id("timeline")).getText();
        assertThat(timeline).contains("Received", "Queued", "Printed", "Packed", "Posted", "Activation code allocated");
        assertThat(browser.find(By.id("letters")).getText()).contains(tracking);
        var masked = browser.find(By.id("masked-code")).getText();
        assertThat(masked).startsWith("••••");
        var code = stock.codes().stream().filter(c -> c.endsWith(masked.substring(4))).findFirst().orElseThrow();
        assertThat(browser.driver().getPageSource()).doesNotContain(code);

        // the code, shown once for a stated reason, audited; never in the address bar
        browser.find(By.id("reveal:reason")).sendKeys("Customer on the phone cannot scan the QR code");
        browser.find(By.id("reveal:go")).click();
        assertThat(browser.find(By.id("revealed-code")).getText()).isEqualTo(code);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(code.substring(code.length() - 10));
        var reveals = data.audit(number, "CODE_REVEALED");
        assertThat(reveals).anySatisfy(e -> {
            assertThat(e.getString("actor")).isEqualTo(support.username());
            assertThat(e.getString("detail")).isEqualTo("Customer on the phone cannot scan the QR code");
        });
        browser.driver().navigate().refresh();
        browser.find(By.id("order-number"));
        assertThat(browser.driver().getPageSource()).as("shown once").doesNotContain(code);

        // the code by email, for a reason: it reaches the customer's mailbox
        browser.find(By.id("email:reason")).sendKeys("Customer asked for the code by email");
        browser.find(By.id("email:go")).click();
        browser.waitFor(d -> browser.textOf("emails").contains("Code email from support"));
        server.runCodeEmailCheckAndOutbox();
        var email = awaitMessageTo(customer.email());
        assertThat(text(email)).contains(code);
        browser.driver().navigate().refresh();
        browser.waitFor(d -> browser.textOf("emails").contains("accepted"));
        assertThat(browser.find(By.id("timeline")).getText()).contains("Customer asked for the code by email");

        // a note on the timeline
        browser.find(By.id("note:text")).sendKeys("Customer phoned: the letter has not come, will wait for a new one");
        browser.find(By.id("note:go")).click();
        browser.waitFor(d -> browser.textOf("timeline")
                .contains("Customer phoned: the letter has not come, will wait for a new one"));
        assertThat(data.audit(number, "ORDER_NOTE")).isNotEmpty();
        // the API writes the same timeline, under the same rule
        var viaApi = server.send("POST", "api/orders/" + number + "/notes", support,
                "{\"text\": \"Called back: the customer has the code now\"}");
        assertThat(viaApi.statusCode()).as(viaApi.body()).isEqualTo(201);
        assertThat(SupportData.json(viaApi.body()).getString("actor")).isEqualTo(support.username());
        browser.driver().navigate().refresh();
        browser.waitFor(d -> browser.textOf("timeline").contains("Called back: the customer has the code now"));
        browser.screenshot("order-detail");

        // lost, then sent again: the replacement is linked both ways
        browser.find(By.id("lost:reason")).sendKeys("Post office confirms the letter is lost");
        browser.find(By.id("lost:go")).click();
        browser.waitFor(d -> browser.textOf("order-status").equals("Lost"));
        assertThat(data.status(number)).isEqualTo("LOST");
        browser.find(By.id("reship:reason")).sendKeys("Lost in the post: sending a new letter");
        browser.find(By.id("reship:go")).click();
        var replacementLink = browser.find(By.id("replacement-link"));
        var replacement = replacementLink.getText();
        assertThat(replacement).startsWith("RP-").isNotEqualTo(number);
        assertThat(data.order(replacement).getString("status")).isIn("QUEUED", "ON_HOLD");
        replacementLink.click();
        browser.waitFor(d -> d.findElements(By.id("original-link")).size() == 1);
        assertThat(browser.find(By.id("order-number")).getText()).isEqualTo(replacement);
        assertThat(browser.find(By.id("original-link")).getText()).isEqualTo(number);
        assertThat(browser.find(By.id("customer-name")).getText()).isEqualTo(customer.name());
    }

    @Test
    void aWarehouseUserSeesTheOrderButNoCodeAndNoSupportActionsAndCannotOpenSupportPages() throws Exception {
        var stock = data.product(1);
        var number = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        data.print(number);
        var code = stock.codes().get(0);
        var warehouse = server.newStaff("WAREHOUSE");
        browser.logIn(warehouse);

        browser.open("staff/order.xhtml?number=" + number);
        assertThat(browser.find(By.id("order-number")).getText()).isEqualTo(number);
        assertThat(browser.find(By.id("code")).getText()).isEqualTo("Allocated (inside the letter)");
        var page = browser.driver().getPageSource();
        assertThat(page).doesNotContain(code).doesNotContain("••••" + code.substring(code.length() - 4));
        for (var support : List.of("actions", "reveal", "email", "note", "lost", "returned", "reship", "event",
                "emails", "masked-code", "revealed-code")) {
            assertThat(browser.driver().findElements(By.id(support))).as(support).isEmpty();
        }
        assertThat(browser.find(By.id("timeline")).getText()).contains("Printed");
        // the item's documents, through the print-run API the warehouse may use
        var letters = browser.driver().findElements(By.cssSelector("#documents a.document")).stream()
                .map(a -> a.getAttribute("href")).filter(href -> href.endsWith("/letters.pdf")).toList();
        assertThat(letters).hasSize(1);
        var download = data.download(server.base().relativize(URI.create(letters.get(0))).toString(), warehouse);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));

        // in Chinese, the same page says the same
        new Select(browser.find(By.id("language:choice"))).selectByValue("zh-Hans");
        browser.waitFor(d -> browser.textOf("code").equals("已分配（在信件中）"));
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("已打印");
        assertThat(browser.find(By.id("timeline-h")).getText()).isEqualTo("时间线");
        assertThat(browser.driver().getPageSource()).doesNotContain(code);
        browser.screenshot("order-detail-zh-Hans");

        // the page the server shows instead speaks the person's language too
        browser.open("staff/support/tracking.xhtml");
        assertThat(browser.pageText()).contains("您无权打开此页面");
        browser.open("staff/support/attention.xhtml");
        assertThat(browser.pageText()).contains("您无权打开此页面");
        browser.open("staff/orders.xhtml");
        assertThat(browser.find(By.id("search:text")).isDisplayed()).isTrue();
    }

    @Test
    void aCarrierFileIsReportedLineByLineWaitingEventsAttachAndALostProposalIsSentAgainInOneStep() throws Exception {
        var stock = data.product(4);
        var tracked = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var later = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        var silent = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        data.print(tracked, later, silent);
        var trackedNumber = data.post(tracked);
        data.post(silent);
        var unknown = SupportData.newTrackingNumber();
        // a few minutes after the order came in: events dated beyond the clock slack (15 min) ahead are refused
        var at = data.receivedAt(tracked).plusMinutes(5);
        var csv = Files.createTempFile(Files.createDirectories(Path.of("target", "system")), "carrier-", ".csv");
        Files.writeString(csv, "tracking_number,status,occurred_at,location\n"
                + trackedNumber + ",IN_TRANSIT," + at + ",NEW YORK NY\n"
                + unknown + ",ACCEPTED," + at + ",NEW YORK NY\n"
                + "XX123,DELIVERED," + at + ",\n");
        var support = server.newStaff("SUPPORT");
        browser.logIn(support);

        browser.open("staff/support/tracking.xhtml");
        browser.driver().findElement(By.cssSelector("#upload input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        assertThat(browser.find(By.id("report-summary")).getText())
                .contains("2 imported", "0 already present", "1 rejected");
        var report = browser.find(By.id("upload:report-rows")).getText();
        assertThat(report).contains(trackedNumber, "order " + tracked, "no letter carries this tracking number yet",
                "Rejected", "tracking_number: not an S10 tracking number");
        assertThat(browser.find(By.id("waiting-form:waiting")).getText()).contains(unknown);
        browser.screenshot("tracking");
        assertThat(data.order(tracked).getJsonArray("timeline").toString()).contains("Tracking (Carrier CSV): In transit");

        // the number appears on a letter; the waiting event attaches on demand
        data.post(later, unknown);
        browser.find(By.id("waiting-form:reconcile")).click();
        browser.waitFor(d -> !browser.textOf("waiting-form:waiting").isEmpty()
                && !browser.textOf("waiting-form:waiting").contains(unknown));
        assertThat(data.order(later).getJsonArray("timeline").toString()).contains("Accepted by the post");

        // a week on, nothing heard of one letter: proposed as lost, and sent again in one step
        server.advanceClock(Duration.ofDays(7));
        browser.open("staff/support/tracking.xhtml");
        var row = proposalRow(silent).orElseThrow(() -> new AssertionError(silent + " is not proposed as lost"));
        row.findElement(By.cssSelector("button.mark-lost")).click();
        browser.waitFor(d -> d.findElement(By.id("lost-dialog-form:reason")).isDisplayed()
                && d.findElement(By.id("lost-order")).getText().equals(silent));
        assertThat(browser.find(By.id("lost-dialog-form:reason")).getAttribute("value")).contains("Nothing heard for");
        browser.find(By.id("lost-dialog-form:confirm")).click();
        var replacementLink = browser.find(By.id("proposals-form:replacement-link"));
        var replacement = replacementLink.getText();
        assertThat(replacement).startsWith("RP-").isNotEqualTo(silent);
        assertThat(data.status(silent)).isEqualTo("LOST");
        assertThat(proposalRow(silent)).isEmpty();
        replacementLink.click();
        browser.waitFor(d -> d.findElements(By.id("original-link")).size() == 1);
        assertThat(browser.find(By.id("original-link")).getText()).isEqualTo(silent);

        browser.open("staff/support/attention.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Needs attention");
        assertThat(browser.find(By.id("attention-form:attention")).isDisplayed()).isTrue();
    }

    // ---- helpers ----

    /**
     * Types into the search box and sends it (Enter, or the button), then waits for the table the
     * answer brings (the old one goes stale) to list exactly {@code expected}.
     */
    /** An enum constant's name as code writes it: TRACKED_LETTER, REST_OF_WORLD, ON_HOLD (clipped ones too). */
    private static final java.util.regex.Pattern RAW_CODE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");

    @Test
    void staffPagesShowBusinessNamesAndTimesInTheWarehouseZoneToTheMinuteWithSmtpOutcomesInPlainWords() throws Exception {
        var stock = data.product(1);
        var customer = SupportData.Customer.fresh();
        var number = data.order(stock, customer, SupportData.Destination.CN);
        data.print(number);
        var tracking = data.post(number);
        var everyone = server.newStaff("WAREHOUSE", "SUPPORT", "ADMIN");
        // a carrier event and a code email: times and SMTP replies the timeline words
        var event = server.send("POST", "api/orders/" + number + "/tracking/events", everyone, Json.createObjectBuilder()
                .add("status", "IN_TRANSIT").add("occurredAt", data.receivedAt(number).plusMinutes(2).plusNanos(123_456_789).toString())
                .add("reason", "Seen at the sorting office").build().toString());
        assertThat(event.statusCode()).as(event.body()).isBetween(200, 202);
        var queued = server.send("POST", "api/orders/" + number + "/emails", everyone, "{\"reason\": \"Asked by phone\"}");
        assertThat(queued.statusCode()).as(queued.body()).isBetween(200, 202);
        server.runCodeEmailCheckAndOutbox();
        awaitMessageTo(customer.email());

        browser.logIn(everyone);
        // the words checked below are English: an earlier test of the class may have left the browser on Chinese
        new Select(browser.find(By.id("language:choice"))).selectByValue("en");
        browser.waitFor(d -> d.findElement(By.id("nav-dashboard")).getText().equals("Dashboard"));
        browser.open("staff/order.xhtml?number=" + number);
        // the attempt is recorded once the server's verdict is in: read the page again until then (on a loaded
        // machine the verdict may come late and the attempt count as unknown: any outcome will do here)
        browser.waitFor(d -> {
            if (!d.findElements(By.cssSelector("#emails .attempts li")).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        var bundle = java.util.ResourceBundle.getBundle("ui.messages", java.util.Locale.ROOT);
        var plainWords = bundle.keySet().stream().filter(k -> k.startsWith("SmtpCause.")).map(bundle::getString).toList();
        var zone = "UTC"; // the system tests' warehouse zone (fulfilment.warehouse.time-zone)
        assertThat(browser.find(By.id("created-at")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(" + zone + "\\)");
        var timeline = browser.textOf("timeline");
        assertThat(timeline).contains("Times in " + zone + " (the warehouse's time zone)");
        // times inside the entries: to the minute, with the zone; never an instant with its nanoseconds
        assertThat(timeline).containsPattern("In transit at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(" + zone + "\\)")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d").doesNotContainPattern("\\dT\\d{2}:");
        // the mail server's outcome in plain words, not its raw reply or an exception's text
        // (an accepted attempt says so alone; any other outcome names its cause in brackets)
        assertThat(timeline.contains("attempt 1: accepted by the mail server")
                || plainWords.stream().anyMatch(words -> timeline.contains("(" + words + ")"))).as(timeline).isTrue();
        assertThat(timeline).doesNotContainPattern("\\(250[ -]").doesNotContain("Exception");
        var attempt = browser.find(By.cssSelector("#emails .attempts li .smtp-cause")).getText();
        assertThat(plainWords).contains(attempt);
        assertThat(browser.find(By.id("event:at")).findElement(By.xpath("ancestor::form")).getText())
                .contains("When (" + zone + "; empty: now)");
        assertThat(browser.textOf("letters")).contains("When (" + zone + ")");
        browser.screenshot("order-times");

        // the search names the zone of its times (an exact number would open the order: searched by email)
        browser.open("staff/orders.xhtml");
        search(customer.email(), true, number);
        assertThat(browser.find(By.id("search:results")).getText()).contains("Received (" + zone + ")");

        // no page shows an enum constant's name where its business name belongs
        var pages = java.util.List.of("staff/index.xhtml", "staff/orders.xhtml", "staff/order.xhtml?number=" + number,
                "staff/warehouse/print-runs.xhtml", "staff/warehouse/posting.xhtml", "staff/warehouse/order-entry.xhtml",
                "staff/support/tracking.xhtml", "staff/support/attention.xhtml", "staff/admin/audit.xhtml",
                "staff/admin/postage.xhtml", "staff/admin/delivery-standards.xhtml", "staff/admin/code-stock.xhtml",
                "staff/admin/products.xhtml", "staff/admin/users.xhtml", "staff/admin/email-templates.xhtml");
        for (var page : pages) {
            browser.open(page);
            browser.find(By.id("current-user"));
            assertThat(RAW_CODE.matcher(browser.pageText()).results().map(java.util.regex.MatchResult::group).toList())
                    .as("raw codes on " + page).isEmpty();
        }
        // the day's dispatch with the letter: its zone and service by name
        browser.open("staff/warehouse/posting.xhtml");
        var chooses = browser.driver().findElements(By.cssSelector("a.choose-dispatch"));
        var newest = chooses.stream().max(java.util.Comparator.comparingLong(
                a -> Long.parseLong(a.getText().replaceAll("\\D", "")))).orElseThrow();
        newest.click();
        browser.waitFor(d -> d.findElement(By.id("posting:dispatchPanel")).getText().contains(number));
        var items = browser.find(By.id("posting:items")).getText();
        assertThat(items).contains(number, "Registered letter", "Asia Pacific");
        assertThat(RAW_CODE.matcher(browser.pageText()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();

        // the audit log's acts are labels, not boxes that look like inputs
        browser.open("staff/admin/audit.xhtml");
        var act = browser.find(By.cssSelector("#results\\:events .action"));
        assertThat(act.getCssValue("border-top-style")).isEqualTo("none");
        assertThat(act.getCssValue("display")).isEqualTo("inline-block");
        assertThat(RAW_CODE.matcher(act.getText()).find()).isFalse();
    }

    private static void search(String typed, boolean withEnter, String... expected) {
        var box = browser.find(By.id("search:text"));
        box.clear();
        box.sendKeys(typed);
        submit(withEnter, expected);
    }

    /** Types an exact number into the search box and lands on that order's page; back to the search after. */
    private static void opens(String typed, boolean withEnter, String number) {
        var box = browser.find(By.id("search:text"));
        box.clear();
        box.sendKeys(typed);
        if (withEnter) {
            box.sendKeys(Keys.ENTER);
        } else {
            browser.find(By.id("search:go")).click();
        }
        browser.waitFor(d -> d.getCurrentUrl().contains("/staff/order.xhtml") && browser.textOf("order-number").equals(number));
        browser.open("staff/orders.xhtml");
    }

    private static void submit(boolean withEnter, String... expected) {
        var table = browser.driver().findElement(By.id("search:results"));
        // PrimeFaces disables the button while its last request is under way, and Enter then does nothing
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("search:go")));
        if (withEnter) {
            browser.find(By.id("search:text")).sendKeys(Keys.ENTER);
        } else {
            browser.find(By.id("search:go")).click();
        }
        browser.waitUntil(ExpectedConditions.stalenessOf(table));
        browser.waitFor(d -> resultNumbers().equals(List.of(expected)));
    }

    /** The order numbers in the results table (none when it says nothing matches). */
    private static List<String> resultNumbers() {
        try {
            return browser.driver().findElements(By.cssSelector("#search\\:results a.order-link")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException updating) {
            return List.of();
        }
    }

    private static Optional<WebElement> proposalRow(String number) {
        return browser.driver().findElements(By.cssSelector("#proposals-form\\:proposals tr.proposal")).stream()
                .filter(tr -> tr.getText().contains(number)).findFirst();
    }

    private static MimeMessage awaitMessageTo(String address) throws Exception {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (var message : server.mail().getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no email reached " + address);
    }

    /** Every text part of the message, decoded. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        var all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
        }
        return all.toString();
    }
}
