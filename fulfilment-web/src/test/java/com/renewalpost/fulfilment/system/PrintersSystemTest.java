package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing straight to the printers. Label printers are configured by an admin and chosen per
 * packing station; a test label and a print run's labels go over raw TCP to a printer stand-in on
 * loopback ({@link LoopbackPrinter}) whose received bytes are read back; a printer that refuses is
 * told in plain words. In the browser: the admin page, and the print run page's Print buttons
 * (a PDF framed inline, then the browser's print dialog) and its "send the labels" button.
 */
class PrintersSystemTest {

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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A print run of two standard letters; answers the run's id and its order numbers. */
    private static Object[] printedRun(Credentials admin, Credentials warehouse) {
        var sku = api.newProduct(admin, "PRN");
        api.importCodes(admin, sku, 2);
        var first = api.newOrder(warehouse, sku, "STANDARD_LETTER", "2027-06-30");
        var second = api.newOrder(warehouse, sku, "STANDARD_LETTER", "2027-06-30");
        var run = api.printRun(warehouse, first, second);
        return new Object[] {run.getJsonObject("run").getJsonNumber("id").longValue(), first, second};
    }

    @Test
    void anAdminConfiguresAPrinterForAStationAndTheTestLabelAndARunsLabelsArriveAsSent() throws Exception {
        var admin = server.admin();
        var warehouse = server.newStaff("WAREHOUSE");
        try (var printer = new LoopbackPrinter()) {
            // refused with every reason, in the API's words
            var bad = api.send("POST", "api/admin/printers", admin.basic(), "application/json",
                    "{\"name\":\" \",\"host\":\"zebra 3.lan\",\"port\":70000}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("\"name\"", "\"host\"", "\"port\"", "host name", "1 to 65535");
            assertThat(api.send("POST", "api/admin/printers", warehouse.basic(), "application/json",
                    "{\"name\":\"x\",\"host\":\"127.0.0.1\",\"port\":9100}").statusCode()).isEqualTo(403);

            var name = unique("Zebra ");
            var created = api.json("POST", "api/admin/printers", admin, Json.createObjectBuilder().add("name", name)
                    .add("host", "127.0.0.1").add("port", printer.port()).build(), 201);
            long id = created.getJsonNumber("id").longValue();
            var station = unique("T");
            var chosen = api.json("PUT", "api/admin/printers/stations/" + station, admin,
                    Json.createObjectBuilder().add("printerId", id).build(), 200);
            assertThat(chosen.getString("printer")).isEqualTo(name);

            // the test label
            var test = api.json("POST", "api/admin/printers/" + id + "/test-print", admin, null, 200);
            var label = new String(printer.nextJob(), StandardCharsets.UTF_8);
            assertThat(label).startsWith("^XA").endsWith("^XZ\n").contains(name, "127.0.0.1:" + printer.port());
            assertThat(test.getJsonNumber("bytes").longValue()).isEqualTo(label.getBytes(StandardCharsets.UTF_8).length);

            // a run's labels, sent to the station's printer by the warehouse: the very bytes of labels.zpl
            var run = printedRun(admin, warehouse);
            long runId = (long) run[0];
            var sent = api.json("POST", "api/print-runs/" + runId + "/labels/print", warehouse,
                    Json.createObjectBuilder().add("station", station).build(), 200);
            var job = printer.nextJob();
            var download = api.download(warehouse, "api/print-runs/" + runId + "/documents/labels.zpl");
            assertThat(job).isEqualTo(download);
            var zpl = new String(job, StandardCharsets.UTF_8);
            assertThat(zpl).startsWith("^XA").endsWith("^XZ\n").contains((String) run[1], (String) run[2]);
            assertThat(zpl.split("\\^XZ", -1)).hasSize(3);
            assertThat(sent.getString("message")).startsWith("The labels of run").contains(name, "bytes");
            assertThat(sent.getJsonNumber("bytes").longValue()).isEqualTo(job.length);

            // a station without a printer is told so; the audit log has every act
            var none = api.send("POST", "api/print-runs/" + runId + "/labels/print", warehouse.basic(),
                    "application/json", "{\"station\":\"" + unique("N") + "\"}");
            assertThat(none.statusCode()).isEqualTo(409);
            assertThat(none.body()).contains("has no label printer");
            var audit = api.send("GET", "api/admin/audit?q=" + name.replace(" ", "%20"), admin.basic(), null, null).body();
            assertThat(audit).contains("PRINTER_CREATED").contains("127.0.0.1:" + printer.port());
            var stationAudit = api.send("GET", "api/admin/audit?action=STATION_PRINTER_CHOSEN&q=" + station,
                    admin.basic(), null, null).body();
            assertThat(stationAudit).contains(station, "-> " + name);
            assertThat(printer.idle()).isTrue();
        }
    }

    @Test
    void aPrinterThatRefusesIsToldInPlainWordsInEitherLanguage() throws Exception {
        var admin = server.admin();
        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        var name = unique("Off ");
        long id = api.json("POST", "api/admin/printers", admin, Json.createObjectBuilder().add("name", name)
                .add("host", "127.0.0.1").add("port", closed).build(), 201).getJsonNumber("id").longValue();
        var refused = api.send("POST", "api/admin/printers/" + id + "/test-print", admin.basic(), null, null);
        assertThat(refused.statusCode()).isEqualTo(502);
        var problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(problem.getString("type")).endsWith("printer-refused");
        assertThat(problem.getString("detail")).contains(name, "refused the connection", "9100")
                .doesNotContain("Exception");

        var inChinese = sendInChinese("api/admin/printers/" + id + "/test-print", admin);
        assertThat(inChinese.getString("detail")).contains(name, "拒绝连接");

        var unknown = api.json("POST", "api/admin/printers", admin, Json.createObjectBuilder().add("name", unique("Gone "))
                .add("host", "no-such-printer.invalid").add("port", 9100).build(), 201);
        var lookup = api.send("POST", "api/admin/printers/" + unknown.getJsonNumber("id") + "/test-print",
                admin.basic(), null, null);
        assertThat(lookup.statusCode()).isEqualTo(502);
        assertThat(lookup.body()).contains("no-such-printer.invalid", "unknown on the network");
    }

    private static JsonObject sendInChinese(String path, Credentials who) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(server.url(path))
                .header("Authorization", who.basic()).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        var answer = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void inTheBrowserAPrinterIsAddedTestedAndChosenAndARunPrintsInOneClick() throws Exception {
        var person = server.newStaff("ADMIN", "WAREHOUSE");
        try (var printer = new LoopbackPrinter()) {
            browser.logIn(person);
            browser.open("staff/admin/index.xhtml");
            browser.find(By.id("link-printers")).click();

            // a host that is no host: refused beside the field
            var name = unique("Zebra ");
            type("add:name", name);
            type("add:host", "zebra 3");
            type("add:port", Integer.toString(printer.port()));
            browser.find(By.id("add:add-printer")).click();
            browser.waitFor(d -> d.findElement(By.id("add")).getText().contains("host name"));
            type("add:host", "127.0.0.1");
            browser.find(By.id("add:add-printer")).click();
            var row = row("printers:list", name);
            assertThat(row.getText()).contains("127.0.0.1:" + printer.port());

            // its test label
            row.findElement(By.cssSelector("button.test-print")).click();
            var label = new String(printer.nextJob(), StandardCharsets.UTF_8);
            assertThat(label).startsWith("^XA").contains(name).endsWith("^XZ\n");
            browser.waitFor(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(m -> m.getText().contains("Test label sent to printer " + name)));

            // the station's printer
            var station = unique("B");
            type("stations:station", station);
            new Select(browser.find(By.id("stations:stationPrinter"))).selectByVisibleText(
                    name + " (127.0.0.1:" + printer.port() + ")");
            browser.find(By.id("stations:choose")).click();
            assertThat(row("stations:chosen", station).getText()).contains(name, person.username());
            browser.screenshot("admin-printers");

            // a run: each PDF has a Print button that frames the PDF served inline and prints it
            var run = printedRun(server.admin(), person);
            long runId = (long) run[0];
            browser.open("staff/warehouse/print-runs.xhtml?run=" + runId);
            var print = browser.find(By.cssSelector("button.print-document[data-kind=LETTERS]"));
            assertThat(browser.driver().findElements(By.cssSelector("button.print-document")))
                    .extracting(b -> b.getAttribute("data-kind"))
                    .containsExactly("LETTERS", "LABELS", "LABEL_SHEETS", "PACKING_LIST");
            print.click();
            // the frame is there to be printed, not seen: present, never visible
            var frame = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("iframe#print-frame[data-kind=LETTERS]")));
            var source = frame.getAttribute("src");
            assertThat(source).endsWith("/api/print-runs/" + runId + "/documents/letters.pdf?disposition=inline");
            assertServedInlineAsPdf(source);
            // the frame loaded the PDF and its own print() was called (headless, the dialog returns at once)
            browser.waitFor(d -> "true".equals(d.findElement(By.id("print-frame")).getAttribute("data-printed")));
            browser.find(By.cssSelector("button.print-document[data-kind=LABEL_SHEETS]")).click();
            browser.waitFor(d -> d.findElement(By.id("print-frame")).getAttribute("src")
                    .endsWith("/api/print-runs/" + runId + "/documents/label-sheets.pdf?disposition=inline"));
            assertServedInlineAsPdf(browser.driver().findElement(By.id("print-frame")).getAttribute("src"));
            browser.screenshot("print-run-print-buttons");

            // the labels to the station's printer, from the run's page
            new Select(browser.find(By.id("runs:labelStation"))).selectByValue(station);
            browser.find(By.id("runs:sendLabels")).click();
            var job = printer.nextJob();
            assertThat(job).isEqualTo(api.download(person, "api/print-runs/" + runId + "/documents/labels.zpl"));
            assertThat(new String(job, StandardCharsets.UTF_8)).contains((String) run[1], (String) run[2]);
            browser.waitFor(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                    .anyMatch(m -> m.getText().contains("sent to printer " + name)));
        }
    }

    /** Fetched by the page itself (its session): a PDF, inline, which this site's pages may frame. */
    private void assertServedInlineAsPdf(String url) {
        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    done({status: r.status, type: r.headers.get('Content-Type'),"
                        + "      disposition: r.headers.get('Content-Disposition'), frame: r.headers.get('X-Frame-Options'),"
                        + "      policy: r.headers.get('Content-Security-Policy'),"
                        + "      start: String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)))});"
                        + "  });"
                        + "}).catch(function (e) { done({error: String(e)}); });", url);
        assertThat(answer.get("status")).as(answer.toString()).isEqualTo(200L);
        assertThat(answer.get("type")).isEqualTo("application/pdf");
        assertThat((String) answer.get("disposition")).startsWith("inline;");
        assertThat(answer.get("frame")).isEqualTo("SAMEORIGIN");
        assertThat((String) answer.get("policy")).contains("frame-ancestors 'self'")
                .doesNotContain("frame-ancestors 'none'");
        assertThat(answer.get("start")).isEqualTo("%PDF-");
    }

    private static void type(String id, String text) {
        var field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement row(String tableId, String text) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }
}
