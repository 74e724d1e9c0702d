package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.orders.Iccid;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a staff member's pages in 简体中文 (chosen on the account; the browser itself asks for
 * English), every kind of message the server makes reads in Chinese: the order form's field
 * messages, packing verdicts (a mismatch and a pair that packs), timeline entries, payment
 * methods, services, zones and statuses, a problem detail, a CSV import report, audit acts and an
 * error page. A page "has English" when it shows an English sentence: three or more English words
 * in a row (codes such as order numbers, PRINTED or USD in between do not break the row), once the
 * names, addresses and references this test typed itself are set aside. And the API answers in the
 * language {@code Accept-Language} asks for, English without it.
 */
class ChineseStaffPagesSystemTest {

    private static final Random RANDOM = new Random();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A word of English: letters, with at least one small letter (codes like PRINTED or USD are not words). */
    private static final Pattern WORD = Pattern.compile("\\(?[A-Za-z]*[a-z][A-Za-z']*[),.;:!?]*");
    /** Something that is not a word but may stand in an English sentence: a code, a number, a reference. */
    private static final Pattern CODE = Pattern.compile("[\\p{ASCII}&&[^\\s]]+");
    /** What may stand on any page in English: the brand, and the language's own name in the switch. */
    private static final List<String> ALWAYS_ALLOWED = List.of("Renewal Post", "English");

    static SystemServer server;
    static Browser browser;
    static Credentials staff;
    static String station = "ZH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        staff = server.passwordChanged(server.newStaff("WAREHOUSE", "SUPPORT", "ADMIN"));
        browser = new Browser(server, "en-GB");
        browser.logIn(staff);
        new Select(browser.find(By.id("language:choice"))).selectByValue("zh-Hans");
        browser.waitFor(d -> d.findElement(By.id("nav-dashboard")).getText().equals("概览"));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theOrderFormsFieldMessagesAreChineseSentences() {
        browser.open("staff/warehouse/order-entry.xhtml");
        new Select(browser.find(By.id("entry:country"))).selectByValue("JP");
        waitFor(d -> !d.findElements(By.cssSelector("input[data-field=postcode]")).isEmpty());
        var postcode = browser.find(By.cssSelector("input[data-field=postcode]"));
        postcode.sendKeys("15400234", Keys.TAB);
        waitFor(d -> !messageOf("postcode").isEmpty());
        assertThat(messageOf("postcode")).isEqualTo("邮政编码“15400234”对日本无效（请按 154-0023 的格式填写）。");

        // saving with nothing else keyed in: every field's message beside it
        browser.find(By.cssSelector("input[data-field=postcode]")).sendKeys(Keys.ENTER);
        waitFor(d -> !messageOf("street1").isEmpty());
        assertThat(messageOf("street1")).contains("日本的地址必须填写街道地址");
        assertThat(messageOf("region")).isEqualTo("日本的地址必须填写都道府县。");
        assertThat(browser.find(By.id("entry:customerName-msg")).getText()).isEqualTo("请填写客户姓名。");
        assertThat(browser.find(By.id("entry:email-msg")).getText()).isEqualTo("请填写客户的电子邮件地址。");
        assertThat(browser.find(By.id("entry:iccid-msg")).getText())
                .isEqualTo("请填写 eSIM 的 ICCID 或所续费线路的美国电话号码（二者之一）。");
        // the products on sale are named by the admins, in whatever words they chose
        var products = new Select(browser.find(By.id("entry:product"))).getOptions().stream().map(o -> o.getText()).toList();
        assertNoEnglishSentence("order entry", without(browser.pageText(), products));
        browser.screenshot("server-messages-order-entry-zh-Hans");
    }

    @Test
    void packingVerdictsTimelineEnumValuesAndAProblemOnThePostingPageAreChinese() {
        var sku = product(3);
        var letter = order(sku, "Li Na");
        var other = order(sku, "Wu Gang");
        var run = send("POST", "api/print-runs", null, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(letter, other))).build().toString());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);

        // the packing station: a label of another order, then the right pair
        browser.open("staff/warehouse/packing.xhtml");
        if (!browser.driver().findElements(By.id("choice:name")).isEmpty()) {
            browser.find(By.id("choice:name")).sendKeys(station, Keys.ENTER);
        }
        waitFor(d -> d.findElement(By.id("station-name")).getText().equals(station));
        scan(letter);
        assertThat(verdict()).isEqualTo("NEXT");
        assertThat(resultText()).contains("已扫描信件 " + letter + "：请扫描其标签");
        scan(other);
        assertThat(verdict()).isEqualTo("MISMATCH");
        assertThat(resultText()).contains("信件属于 " + letter + "，但标签属于 " + other,
                "未装封任何物品：请把两件都放到一边，从一封信件重新开始。");
        assertNoEnglishSentence("packing: a mismatch");
        browser.screenshot("server-messages-packing-zh-Hans");
        scan(letter);
        scan(letter);
        assertThat(verdict()).isEqualTo("OK");
        assertThat(resultText()).contains("订单 " + letter + " 已装封");
        assertNoEnglishSentence("packing: packed");

        // the order: its status, service, payment method and the timeline the system wrote
        browser.open("staff/order.xhtml?number=" + letter);
        assertThat(browser.find(By.id("order-status")).getText()).isEqualTo("已装封");
        assertThat(browser.find(By.id("payment-method")).getText()).isEqualTo("支票");
        assertThat(browser.find(By.id("order-fields")).getText()).contains("普通信函");
        assertThat(browser.find(By.id("timeline")).getText()).contains("经邮寄接收", "订单信息有效",
                "已分配激活码", "在工位 " + station + " 一起扫描了信件和标签");
        assertNoEnglishSentence("order page");
        browser.screenshot("server-messages-order-zh-Hans");

        // posting: a letter not packed yet is refused with the control's problem, the packed one shows its zone
        browser.open("staff/warehouse/posting.xhtml");
        if (browser.driver().findElements(By.id("scan-entry")).isEmpty()) {
            browser.find(By.id("posting:postOffice")).sendKeys("纽约邮局 2号柜台");
            browser.find(By.id("posting:open")).click();
        }
        waitFor(d -> !d.findElements(By.id("scan-entry")).isEmpty() && d.findElement(By.id("scan-entry")).isDisplayed());
        postingScan(other);
        waitFor(d -> d.findElement(By.id("posting:result")).getText().contains(other));
        assertThat(browser.find(By.id("posting:result")).getText())
                .contains("订单 " + other + " 的状态为“已打印”；只有“已装封”的物品才能交给邮局");
        postingScan(letter);
        waitFor(d -> d.findElement(By.id("posting:items")).getText().contains(letter));
        assertThat(browser.find(By.id("posting:items")).getText()).contains("亚太", "普通信函");
        assertNoEnglishSentence("posting");

        // closed, so that the day's posting is left as it was found
        browser.find(By.id("posting:close")).click();
        var confirm = browser.driver().switchTo().alert();
        assertThat(englishSentences(confirm.getText())).as(confirm.getText()).isEmpty();
        confirm.accept();
        waitFor(d -> !d.findElements(By.id("manifest-pdf")).isEmpty());
        assertNoEnglishSentence("closed dispatch");
    }

    @Test
    void aCarriersCsvImportReportIsChinese() throws IOException {
        var at = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0);
        var unknown = com.renewalpost.fulfilment.orders.TrackingNumber.of("RR", 10_000_000 + RANDOM.nextInt(89_999_999), "US")
                .value();
        var csv = Files.createDirectories(Path.of("target", "system")).resolve("carrier-zh-" + UUID.randomUUID() + ".csv");
        Files.writeString(csv, "tracking_number,status,occurred_at\n" + unknown + ",ACCEPTED," + at + "\n"
                + "XX123,SOMEWHERE,yesterday\n", StandardCharsets.UTF_8);

        browser.open("staff/support/tracking.xhtml");
        browser.driver().findElement(By.cssSelector("#upload input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        waitFor(d -> !d.findElements(By.id("upload:report-rows")).isEmpty());
        var report = browser.find(By.id("upload:report-rows")).getText();
        assertThat(report).contains("尚无信件使用此跟踪号：已保存，待有信件使用时关联",
                "tracking_number：不是 S10 跟踪号", "status：未知", "occurred_at：不是 ISO-8601 日期时间");
        assertNoEnglishSentence("tracking upload");
        browser.screenshot("server-messages-tracking-report-zh-Hans");
    }

    @Test
    void auditActsAndAnErrorPageAreChinese() {
        browser.open("staff/admin/audit.xhtml");
        waitFor(d -> d.findElement(By.id("results:events")).getText().contains("登录"));
        var acts = browser.driver().findElements(By.cssSelector("#results\\:events .action"));
        assertThat(acts).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).containsPattern("\\p{IsHan}"));
        assertThat(new Select(browser.find(By.id("search:action"))).getOptions())
                .anySatisfy(o -> assertThat(o.getText()).isEqualTo("激活码已显示"));
        // what the system wrote about this person's own acts (the first password change) reads in Chinese
        browser.find(By.id("search:actor")).sendKeys(staff.username());
        browser.find(By.id("search:go")).click();
        waitFor(d -> d.findElement(By.id("results:events")).getText().contains("由用户本人"));
        assertThat(browser.find(By.id("results:events")).getText()).contains("密码已更改");
        // other entries may hold people's own words (reasons, notes), in whatever language they wrote
        var withoutDetails = browser.pageText();
        for (var detail : browser.driver().findElements(By.cssSelector("#results\\:events td:nth-child(5)"))) {
            withoutDetails = withoutDetails.replace(detail.getText(), " ");
        }
        assertNoEnglishSentence("audit log", withoutDetails);

        browser.open("staff/no-such-page.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("此页面不存在");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hans");
        assertNoEnglishSentence("error page");
    }

    @Test
    void theApiAnswersInTheLanguageAskedForAndEnglishWithoutOne() {
        var invalid = Json.createObjectBuilder().add("customerName", "").add("email", "not an address")
                .add("address", Json.createObjectBuilder().add("streetLines", Json.createArrayBuilder().add("1 Main St"))
                        .add("city", "Seattle").add("region", "XX").add("postcode", "9810").add("country", "US"))
                .add("productSku", "NO-SUCH-SKU").add("iccid", "8901").add("channel", "POST")
                .add("payment", Json.createObjectBuilder().add("method", "BITCOIN").add("amount", 10).add("currency", "USD"))
                .build().toString();

        var chinese = send("POST", "api/orders", "zh-CN", invalid);
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-Hans");
        var zh = json(chinese.body());
        assertThat(zh.getString("type")).isEqualTo("/problems/invalid-order");
        assertThat(zh.getString("title")).isEqualTo("订单无效");
        assertThat(zh.getString("detail")).matches("有 \\d+ 个字段需要处理");
        assertThat(String.join("\n", messages(zh))).contains("address.region=州“XX”不是美国的州；请填写以下之一：AL, AK,",
                "address.postcode=ZIP 邮政编码“9810”对美国无效（请按 95014 的格式填写）",
                "payment.method=“BITCOIN”不是以下之一：CHEQUE, MONEY_ORDER, CARD, PAYPAL, ALIPAY, MARKETPLACE",
                "productSku=没有 SKU 为“NO-SUCH-SKU”的在售商品", "customerName=请填写客户姓名")
                .doesNotContain("is not", "Enter ");
        assertThat(englishSentences(String.join("\n", messages(zh)))).isEmpty();

        var english = send("POST", "api/orders", null, invalid);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        var en = json(english.body());
        assertThat(en.getString("title")).isEqualTo("The order is not valid");
        assertThat(en.getString("detail")).isEqualTo(zh.getString("detail").replaceAll("\\D+", "") + " fields need attention");
        assertThat(messages(en)).contains("address.postcode=ZIP code 9810 is not valid for United States (write it like 95014)",
                "customerName=Enter the customer's name");
        assertThat(englishSentences(String.join("\n", messages(en)))).isNotEmpty();
        // the same problem, field for field, in either language
        assertThat(en.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList())
                .isEqualTo(zh.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList());

        // any refusal, and the titles of the statuses: traditional script and other languages get English
        var unknownZh = send("GET", "api/orders/RP-00000000A", "zh-Hans, en;q=0.5", null);
        assertThat(json(unknownZh.body()).getString("title")).isEqualTo("未找到");
        assertThat(send("GET", "api/orders/RP-00000000A", "zh-TW", null).headers().firstValue("Content-Language"))
                .hasValue("en");
        assertThat(json(send("GET", "api/orders/RP-00000000A", "fr-FR", null).body()).getString("title"))
                .isEqualTo("Not Found");
    }

    // ---- what the page shows ----

    private static void assertNoEnglishSentence(String page) {
        assertNoEnglishSentence(page, browser.pageText());
    }

    private static void assertNoEnglishSentence(String page, String text) {
        assertThat(englishSentences(text)).as("English sentences on the " + page + " page:\n" + text).isEmpty();
    }

    private static String without(String text, List<String> parts) {
        var rest = text;
        for (var part : parts) {
            rest = rest.replace(part, " ");
        }
        return rest;
    }

    /** Runs of three or more English words (codes between them allowed), the test's own data set aside. */
    static List<String> englishSentences(String text) {
        var rest = text;
        for (var allowed : ALWAYS_ALLOWED) {
            rest = rest.replace(allowed, " ");
        }
        for (var typed : TYPED) {
            rest = rest.replace(typed, " ");
        }
        List<String> found = new ArrayList<>();
        for (var line : rest.split("\\R")) {
            List<String> run = new ArrayList<>();
            int words = 0;
            for (var token : (line + " \u4e00").split("[\\s\\u00a0]+")) {
                if (WORD.matcher(token).matches() && token.replaceAll("[^A-Za-z]", "").length() >= 2) {
                    run.add(token);
                    words++;
                } else if (CODE.matcher(token).matches() && !token.isEmpty()) {
                    run.add(token);
                } else {
                    if (words >= 3) {
                        found.add(String.join(" ", run));
                    }
                    run.clear();
                    words = 0;
                }
            }
        }
        return found;
    }

    /** Names, addresses and references this test typed in, which are neither English nor Chinese to check. */
    private static final List<String> TYPED = new ArrayList<>();

    private static String messageOf(String key) {
        return browser.driver().findElement(By.cssSelector(".field-msg[data-for=" + key + "]")).getText().strip();
    }

    private static void scan(String code) {
        var before = browser.driver().findElements(By.cssSelector(".scan-result")).stream()
                .map(e -> e.getText()).findFirst().orElse("");
        browser.driver().switchTo().activeElement().sendKeys(code, Keys.ENTER);
        waitFor(d -> d.findElements(By.cssSelector(".scan-result")).stream()
                .anyMatch(r -> r.getText().contains(code) && !r.getText().equals(before)));
    }

    private static void postingScan(String code) {
        var field = browser.find(By.id("scan-entry"));
        field.sendKeys(code, Keys.ENTER);
    }

    private static String verdict() {
        return browser.find(By.cssSelector(".scan-result")).getDomAttribute("data-verdict");
    }

    private static String resultText() {
        return browser.find(By.id("scan:result")).getText();
    }

    private static void waitFor(Predicate<WebDriver> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Browser.POLLING)
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(condition::test);
    }

    // ---- the test's own data, through the API ----

    /** A product with a Chinese name and this many codes. */
    private static String product(int codes) {
        var sku = "ZH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var body = Json.createObjectBuilder().add("sku", sku).add("name", "测试 eSIM 套餐 " + sku).add("kind", "ESIM_PROFILE")
                .add("planDays", 30).add("dataAllowance", "15 GB").add("price", 29).add("currency", "USD")
                .add("weightGrams", 20).add("hsCode", "490700").add("customsDescription", "印刷的激活信")
                .add("lowStockThreshold", 1).add("active", true).build();
        var created = send("POST", "api/products", null, body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var response = send("POST", "api/products/" + sku + "/codes", null, "text/csv", RestSetup.codesCsv(codes));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return sku;
    }

    /** An order by post to Hong Kong, paid by cheque, for a customer with this Latin name. */
    private static String order(String sku, String latinName) {
        TYPED.add(latinName);
        var digits = new StringBuilder("8985");
        while (digits.length() < 18) {
            digits.append(RANDOM.nextInt(10));
        }
        var body = Json.createObjectBuilder().add("customerName", "李娜").add("customerNameLatin", latinName)
                .add("email", "zh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn").add("language", "zh-Hans")
                .add("address", Json.createObjectBuilder().add("streetLines", Json.createArrayBuilder().add("88 Nathan Road"))
                        .add("city", "Kowloon").add("region", "Kowloon").add("country", "HK"))
                .add("productSku", sku).add("iccid", digits.toString() + Iccid.luhnCheckDigit(digits.toString()))
                .add("channel", "POST").add("postalService", "STANDARD_LETTER")
                .add("payment", Json.createObjectBuilder().add("method", "CHEQUE").add("amount", 29).add("currency", "USD"))
                .build();
        var created = send("POST", "api/orders", null, body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).getString("number");
    }

    private static HttpResponse<String> send(String method, String path, String language, String json) {
        return send(method, path, language, json == null ? null : "application/json", json);
    }

    /** A request as the test's staff member, asking for a language (null: no Accept-Language). */
    private static HttpResponse<String> send(String method, String path, String language, String type, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return server.as(staff, request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** Each field error as field=message. */
    private static List<String> messages(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject())
                .map(e -> e.getString("field") + "=" + e.getString("message")).toList();
    }
}
