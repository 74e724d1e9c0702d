package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages as an admin uses them, in a real browser: a product, codes for it, a warehouse
 * colleague, an API key for the web shop, a look at the emails, and the audit log of it all.
 */
class AdminSystemTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

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
    void anAdminSetsUpAProductCodesAColleagueAndAKeyAndFindsItAllInTheAuditLog() throws IOException {
        var admin = server.newStaff("ADMIN");
        browser.logIn(admin);
        browser.find(By.id("nav-admin")).click();
        browser.find(By.id("link-products")).click();

        // a product, through the form
        var sku = "ADM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        browser.find(By.id("list:new")).click();
        type("product:sku", sku);
        type("product:name", "Admin test eSIM " + sku);
        type("product:dataAllowance", "12 GB");
        type("product:price", "27.50");
        type("product:lowStockThreshold", "2");
        browser.find(By.id("product:save")).click();
        var productRow = row("list:products", sku);
        assertThat(productRow.getText()).contains("Admin test eSIM " + sku, "27.50 USD", "12 GB");

        // a change to it: refused beside the field when wrong, applied when right
        productRow.findElement(By.cssSelector("button[id$=':edit']")).click();
        type("product:hsCode", "49A");
        browser.find(By.id("product:save")).click();
        browser.waitFor(d -> browser.textOf("product").contains("6-digit HS tariff number"));
        type("product:hsCode", "490700");
        type("product:lowStockThreshold", "3");
        browser.find(By.id("product:save")).click();
        browser.waitFor(d -> d.findElements(By.id("product:save")).isEmpty());
        assertThat(rowText("list:products", sku)).contains("27.50 USD");

        // codes for it: the level rises by what the file brought, the report names lines only
        browser.find(By.id("back-to-admin")).click();
        browser.find(By.id("link-code-stock")).click();
        assertThat(available(sku)).isZero();
        var csv = RestSetup.codesCsv(4);
        var duplicate = csv.lines().skip(1).findFirst().orElseThrow();
        var file = Files.createDirectories(Path.of("target", "system", "uploads")).resolve(sku + ".csv");
        Files.writeString(file, csv + duplicate + "\nnot a code\n", StandardCharsets.UTF_8);
        new Select(browser.find(By.id("import:sku"))).selectByVisibleText(sku);
        browser.driver().findElement(By.cssSelector("#import input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        var summary = browser.find(By.id("report-summary"));
        assertThat(summary.getText()).isEqualTo("4 imported, 1 already in stock, 1 rejected");
        assertThat(browser.find(By.id("report")).getText()).doesNotContain(duplicate.substring(duplicate.lastIndexOf('$') + 1));
        browser.waitFor(d -> available(sku) == 4);

        // a warehouse colleague, who can then log in and must choose a password first
        browser.find(By.id("back-to-admin")).click();
        browser.find(By.id("link-users")).click();
        var username = "wh" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var initial = "first day " + UUID.randomUUID();
        type("create:username", username);
        type("create:displayName", "Warehouse " + username);
        browser.find(By.cssSelector("#create\\:roles input[value=WAREHOUSE]")).click();
        type("create:initialPassword", initial);
        browser.find(By.id("create:create-account")).click();
        assertThat(rowText("accounts:list", username)).contains("Warehouse", "must choose a password");
        try (var colleague = new Browser(server)) {
            colleague.open("login.html");
            colleague.find(By.id("username")).sendKeys(username);
            colleague.find(By.id("password")).sendKeys(initial);
            colleague.find(By.cssSelector("form button[type=submit]")).click();
            colleague.waitFor(d -> d.getCurrentUrl().contains("password.html"));
            colleague.find(By.id("current")).sendKeys(initial);
            colleague.find(By.id("new")).sendKeys("my own " + UUID.randomUUID());
            colleague.find(By.cssSelector("#change button[type=submit]")).click();
            colleague.waitFor(d -> d.getCurrentUrl().endsWith("/staff/index.xhtml"));
            assertThat(colleague.find(By.id("current-user")).getText()).isEqualTo(username);
            assertThat(colleague.find(By.id("nav-packing")).isDisplayed()).isTrue();
            assertThat(colleague.driver().findElements(By.id("nav-admin"))).isEmpty();
        }
        browser.driver().navigate().refresh();
        assertThat(rowText("accounts:list", username)).doesNotContain("must choose a password");
        browser.screenshot("admin-users");

        // an API key: the token once, with its warning; gone on reload; it works until revoked
        browser.find(By.id("back-to-admin")).click();
        browser.find(By.id("link-api-keys")).click();
        var keyName = "Web shop " + sku;
        type("create:name", keyName);
        browser.find(By.id("create:create-key")).click();
        var token = browser.find(By.id("token")).getAttribute("value");
        assertThat(token).startsWith("rp_");
        assertThat(browser.find(By.id("new-token")).getText()).contains("shown this once");
        var bearer = "Bearer " + token;
        assertThat(api.send("GET", "api/me", bearer, null, null).statusCode()).isEqualTo(200);
        var order = api.send("POST", "api/orders", bearer, "application/json", orderFor(sku));
        assertThat(order.statusCode()).as(order.body()).isEqualTo(201);

        browser.driver().navigate().refresh();
        browser.find(By.id("keys:list"));
        assertThat(browser.driver().findElements(By.id("token"))).isEmpty();
        // the secret follows the hex key id: rp_<id>_<secret>, and may itself contain '_'
        assertThat(browser.driver().getPageSource()).doesNotContain(token.substring(token.indexOf('_', 3) + 1));

        var keyRow = row("keys:list", keyName);
        keyRow.findElement(By.cssSelector("button[id$=':revoke']")).click();
        browser.find(By.id("confirm-yes")).click();
        browser.waitFor(d -> rowTextNow("keys:list", keyName).contains("Revoked on"));
        assertThat(api.send("GET", "api/me", bearer, null, null).statusCode()).isEqualTo(401);

        // the code email in Simplified Chinese, HTML in its closed frame and the plain text
        browser.find(By.id("back-to-admin")).click();
        browser.find(By.id("link-templates")).click();
        browser.find(By.cssSelector("a[data-variant='CODE_DELAYED.zh-Hans.ESIM_PROFILE']")).click();
        browser.waitFor(d -> browser.textOf("preview-meta").contains("zh-Hans"));
        var text = browser.find(By.id("preview-text")).getText();
        assertThat(text).containsPattern(HAN).contains("RP-2025-000123");
        assertThat(browser.find(By.id("preview-subject")).getText()).containsPattern(HAN);
        var frame = browser.find(By.id("preview-html"));
        assertThat(frame.getAttribute("sandbox")).isEmpty();
        browser.driver().switchTo().frame(frame);
        assertThat(browser.find(By.tagName("body")).getText()).containsPattern(HAN);
        browser.driver().switchTo().defaultContent();
        browser.screenshot("admin-templates");

        // the audit log lists these acts, found by who did them
        browser.find(By.id("back-to-admin")).click();
        browser.find(By.id("link-audit")).click();
        type("search:actor", admin.username());
        browser.find(By.id("search:go")).click();
        browser.waitFor(d -> auditText().contains("API key revoked"));
        var audit = auditText();
        assertThat(audit).contains("Product created", "Product changed", "Codes imported", "Staff account created",
                "API key created", "API key revoked", sku, username, "4 imported, 1 already in stock, 1 rejected",
                "lowStockThreshold 2 -> 3");
        assertThat(audit).doesNotContain(duplicate.substring(duplicate.lastIndexOf('$') + 1));
        browser.screenshot("audit");

        // and only the act asked for
        new Select(browser.find(By.id("search:action"))).selectByValue("STAFF_CREATED");
        browser.find(By.id("search:go")).click();
        browser.waitFor(d -> auditText().contains("Staff account created") && !auditText().contains("API key revoked"));
        var rows = browser.driver().findElements(By.cssSelector("#results\\:events tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Staff account created", username);
    }

    @Test
    void theWordingAnAdminGivesAProductPerLanguageIsWhatEachCustomersLetterSays() throws IOException {
        var admin = server.newStaff("ADMIN", "WAREHOUSE");
        var sku = api.newProduct(admin, "WRD");
        api.importCodes(admin, sku, 2);
        browser.logIn(admin);
        browser.open("staff/admin/products.xhtml");
        row("list:products", sku).findElement(By.cssSelector("button[id$=':edit']")).click();

        // half a language is refused beside the empty half
        type("product:wordingNameEs", "Plan eSIM de prueba");
        browser.find(By.id("product:save")).click();
        browser.waitFor(d -> browser.textOf("product").contains("1 to 200 characters"));
        type("product:wordingNameEs", " ");
        var english = "US eSIM test plan " + sku;
        var japanese = "米国 eSIM テストプラン " + sku;
        type("product:wordingNameEn", english);
        type("product:wordingPlanEn", "30 days, unlimited talk and text, 10 GB of data");
        type("product:wordingNameJa", japanese);
        type("product:wordingPlanJa", "30日間、通話・SMS 無制限、データ 10 GB");
        browser.find(By.id("product:save")).click();
        browser.waitFor(d -> d.findElements(By.id("product:save")).isEmpty());

        // kept: the product's form shows it again
        row("list:products", sku).findElement(By.cssSelector("button[id$=':edit']")).click();
        assertThat(browser.find(By.id("product:wordingNameJa")).getAttribute("value")).isEqualTo(japanese);
        assertThat(browser.find(By.id("product:wordingNameEs")).getAttribute("value")).isEmpty();
        browser.find(By.id("product:cancel")).click();

        // printed: the Japanese customer reads the Japanese wording, the Spanish one (none in Spanish) the English
        var later = java.time.LocalDate.now().plusYears(1).toString();
        var ja = api.newOrder(admin, sku, "STANDARD_LETTER", later, "ja-JP", "Yuki Tanaka");
        var es = api.newOrder(admin, sku, "STANDARD_LETTER", later, "es-MX", "Sofía García");
        long runId = api.printRun(admin, ja, es).getJsonObject("run").getJsonNumber("id").longValue();
        var letters = pageTexts(api.download(admin, "api/print-runs/" + runId + "/documents/letters.pdf"));
        var jaLetter = letters.stream().filter(t -> t.contains(ja)).findFirst().orElseThrow();
        var esLetter = letters.stream().filter(t -> t.contains(es)).findFirst().orElseThrow();
        assertThat(squeezed(jaLetter)).contains("更新カードのお届け", squeezed(japanese), "30日間、通話・SMS無制限、データ10GB")
                .doesNotContain(squeezed(english));
        assertThat(squeezed(esLetter)).contains("Sutarjetaderenovación", squeezed(english),
                "30days,unlimitedtalkandtext,10GBofdata");
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var pages = new java.util.ArrayList<String>();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /** Without white space: CJK lines wrap anywhere. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void anAdminChangesAColleaguesRolesDisablesEnablesAndUnlocksTheAccount() {
        var colleague = server.newStaff("WAREHOUSE");
        browser.logIn(server.newStaff("ADMIN"));
        browser.open("staff/admin/users.xhtml");
        try (var theirs = new Browser(server)) {
            theirs.logIn(colleague);
            assertThat(theirs.driver().findElements(By.id("nav-tracking"))).isEmpty();

            // a second role: support pages for them from their next page on
            row("accounts:list", colleague.username()).findElement(By.cssSelector("button[id$=':roles']")).click();
            browser.find(By.cssSelector("#roles\\:chosen input[value=SUPPORT]")).click();
            browser.find(By.id("roles:save")).click();
            browser.waitFor(d -> rowTextNow("accounts:list", colleague.username()).contains("Support, Warehouse"));
            theirs.open("staff/index.xhtml");
            assertThat(theirs.find(By.id("nav-tracking")).isDisplayed()).isTrue();

            // disabled: their open session ends at once
            row("accounts:list", colleague.username()).findElement(By.cssSelector("button[id$=':disable']")).click();
            browser.find(By.id("confirm-yes")).click();
            browser.waitFor(d -> rowTextNow("accounts:list", colleague.username()).contains("Disabled"));
            theirs.open("staff/index.xhtml");
            theirs.waitFor(d -> d.getCurrentUrl().contains("login.html"));

            // enabled again: they log in as before
            row("accounts:list", colleague.username()).findElement(By.cssSelector("button[id$=':enable']")).click();
            browser.waitFor(d -> rowTextNow("accounts:list", colleague.username()).contains("Enabled"));
            theirs.logIn(colleague);
            assertThat(theirs.find(By.id("current-user")).getText()).isEqualTo(colleague.username());
        }

        // a failed login counts against the account until an admin releases it
        var wrong = new com.renewalpost.fulfilment.it.StaffFixture.Credentials(colleague.username(), "not the password at all");
        assertThat(api.send("GET", "api/me", wrong.basic(), null, null).statusCode()).isEqualTo(401);
        browser.driver().navigate().refresh();
        assertThat(rowText("accounts:list", colleague.username())).contains("1 failed logins");
        row("accounts:list", colleague.username()).findElement(By.cssSelector("button[id$=':unlock']")).click();
        browser.waitFor(d -> !rowTextNow("accounts:list", colleague.username()).isEmpty()
                && !rowTextNow("accounts:list", colleague.username()).contains("failed logins"));
    }

    @Test
    void aNewTariffStartsOnItsDateAndLeavesTodaysRatesAsTheyAre() {
        var admin = server.newStaff("ADMIN");
        browser.logIn(admin);
        browser.open("staff/admin/postage.xhtml");
        var before = browser.find(By.id("in-force")).getText();

        browser.find(By.id("tariffs:new-tariff")).click();
        var description = "Same prices, system test " + UUID.randomUUID().toString().substring(0, 8);
        type("tariff:description", description);
        browser.find(By.id("tariff:introduce")).click();
        browser.find(By.id("confirm-yes")).click();

        browser.waitFor(d -> browser.textOf("tariffs").contains(description));
        assertThat(rowText("tariffs:list", description)).contains(admin.username());
        assertThat(browser.find(By.id("in-force")).getText()).as("the new tariff starts tomorrow").isEqualTo(before);

        // a tariff that starts in the past is refused, beside its date
        browser.find(By.id("tariffs:new-tariff")).click();
        type("tariff:effectiveFrom_input", "2020-01-01");
        type("tariff:description", "Back-dated");
        browser.find(By.id("tariff:introduce")).click();
        browser.find(By.id("confirm-yes")).click();
        browser.waitFor(d -> browser.textOf("tariff").contains("cannot start in the past"));
        assertThat(browser.find(By.id("tariffs")).getText()).doesNotContain("Back-dated");
    }

    @Test
    void senderDetailsAndDeliveryStandardsAreShownWithWhereTheyComeFrom() {
        browser.logIn(server.newStaff("ADMIN"));
        browser.open("staff/admin/sender.xhtml");
        var settings = browser.find(By.id("sender-settings")).getText();
        assertThat(settings).contains("fulfilment.sender.name", "FULFILMENT_SENDER_NAME", "Renewal Post",
                "Default in the application");
        assertThat(browser.find(By.id("printed-sender")).getText()).contains("Renewal Post", "1200 Harbor Blvd");
        assertThat(browser.driver().findElements(By.cssSelector("#sender-settings input"))).as("read-only").isEmpty();

        browser.open("staff/admin/delivery-standards.xhtml");
        browser.find(By.id("standards:learn")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .anyMatch(m -> m.getText().contains("standards learned")));
        assertThat(browser.find(By.id("standards:list")).getText()).contains("Set days", "Learned days", "In use",
                "every other destination");
    }

    @Test
    void theAdminPagesSpeakChineseToAnAdminWhoChoseIt() {
        browser.logIn(server.newStaff("ADMIN"));
        new Select(browser.find(By.id("language:choice"))).selectByValue("zh-Hans");
        browser.waitFor(d -> browser.textOf("nav-admin").equals("管理"));
        browser.find(By.id("nav-admin")).click();
        assertThat(browser.find(By.id("link-products")).getText()).isEqualTo("产品");
        assertThat(browser.find(By.id("link-audit")).getText()).isEqualTo("审计日志");
        browser.find(By.id("link-users")).click();
        assertThat(browser.find(By.id("create:create-account")).getText()).isEqualTo("创建账户");
        browser.open("staff/index.xhtml");
        assertThat(browser.find(By.id("figure-delayed")).getText()).contains("邮寄延误");
        new Select(browser.find(By.id("language:choice"))).selectByValue("en");
        browser.waitFor(d -> browser.textOf("nav-admin").equals("Admin"));
    }

    @Test
    void aWarehouseUserCannotUseTheAdminPages() {
        var warehouse = server.newStaff("WAREHOUSE");
        browser.logIn(warehouse);
        for (var page : List.of("index", "products", "code-stock", "postage", "delivery-standards", "sender", "users",
                "api-keys", "email-templates", "audit")) {
            browser.open("staff/admin/" + page + ".xhtml");
            assertThat(browser.pageText()).as(page).contains("You may not open this page");
        }
    }

    private static String orderFor(String sku) {
        return jakarta.json.Json.createObjectBuilder()
                .add("customerName", "Mei Chen").add("email", "mei@example.com")
                .add("address", jakarta.json.Json.createObjectBuilder()
                        .add("streetLines", jakarta.json.Json.createArrayBuilder().add("1-2-3 Shibuya"))
                        .add("region", "Tokyo").add("postcode", "150-0002").add("country", "JP"))
                .add("productSku", sku).add("iccid", "89014103211118510720").add("channel", "WEB")
                .add("externalReference", "SHOP-" + UUID.randomUUID())
                .add("payment", jakarta.json.Json.createObjectBuilder().add("method", "CARD").add("amount", 27.5)
                        .add("currency", "USD"))
                .build().toString();
    }

    /** Replaces what a field holds, as a person would: select all, type over it. */
    private static void type(String id, String text) {
        var field = browser.find(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** The row of a table that mentions the text, once there is one. */
    private static WebElement row(String tableId, String text) {
        return browser.waitUntil(d -> {
            try {
                return rowsThatMayMention(tableId, text).stream()
                        .filter(r -> r.getText().contains(text)).findFirst().orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException updatedMeanwhile) {
                return null;
            }
        });
    }

    /**
     * The rows whose text, white space and case aside, holds the text: every row whose shown text
     * holds it, and perhaps a few more, found by one script. Reading each row's text through the
     * driver took a call per row, and the staff list grows with every account the run makes.
     */
    @SuppressWarnings("unchecked")
    private static List<WebElement> rowsThatMayMention(String tableId, String text) {
        return (List<WebElement>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const squeezed = s => s.replace(/\\s+/g, '').toLowerCase();"
                        + " const wanted = squeezed(arguments[1]);"
                        + " return [...document.querySelectorAll(arguments[0])]"
                        + ".filter(r => squeezed(r.textContent).includes(wanted));",
                "#" + tableId.replace(":", "\\:") + " tbody tr", text);
    }

    /** The text of the row that mentions the text, once there is one. */
    private static String rowText(String tableId, String text) {
        return browser.waitUntil(d -> {
            var now = rowTextNow(tableId, text);
            return now.isEmpty() ? null : now;
        });
    }

    /** The text of the row that mentions the text; empty while there is none or the table is being replaced. */
    private static String rowTextNow(String tableId, String text) {
        try {
            return rowsThatMayMention(tableId, text).stream().map(WebElement::getText)
                    .filter(r -> r.contains(text)).findFirst().orElse("");
        } catch (org.openqa.selenium.StaleElementReferenceException updatedMeanwhile) {
            return "";
        }
    }

    private static long available(String sku) {
        browser.driver().navigate().refresh();
        var level = row("levels", sku).findElement(By.cssSelector(".available"));
        return Long.parseLong(level.getText().strip());
    }

    private static String auditText() {
        return browser.textOf("results:events");
    }

}
