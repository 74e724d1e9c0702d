package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.Shop;
import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.orders.Iccid;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A warehouse day in the browser, as the staff do it: a paper order keyed in, printed in a run,
 * its documents downloaded, packed by scanning letter and label, posted in a dispatch; when the
 * letter is late its customer gets the code by email. Also the order form's messages, the
 * duplicate warning and a mismatch at the packing station. Each test makes its own product and
 * orders.
 */
class WarehouseDaySystemTest {

    private static final Pattern ORDER_NUMBER = Pattern.compile("RP-[0-9A-Z]{9}");
    private static final Random RANDOM = new Random();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static SystemServer server;
    static Browser browser;

    @org.junit.jupiter.api.extension.RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> browser);
    static Credentials warehouse;
    static String station = "UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        browser = new Browser(server);
        warehouse = server.newStaff("WAREHOUSE");
        browser.logIn(warehouse);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aPaperOrderToJapanIsPrintedPackedPostedAndItsCodeEmailedWhenTheLetterIsLate() throws Exception {
        var sku = productWithCodes(3);
        var email = "yamada.taro+" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";

        // key in the paper form
        browser.open("staff/warehouse/order-entry.xhtml");
        chooseCountry("JP");
        type(addressField("street1"), "2-3-4 Wakabayashi, Setagaya-ku");
        type(addressField("region"), "Tokyo");
        type(addressField("postcode"), "154-0023");
        new Select(browser.find(By.id("entry:product"))).selectByValue(sku);
        waitFor(d -> "29.00".equals(d.findElement(By.id("entry:amount")).getDomProperty("value")));
        type(browser.find(By.id("entry:customerName")), "山田太郎");
        type(browser.find(By.id("entry:customerNameLatin")), "Yamada Taro");
        type(browser.find(By.id("entry:email")), email);
        type(browser.find(By.id("entry:iccid")), iccid());
        type(browser.find(By.id("entry:planExpiresOn")), LocalDate.now().plusYears(3).toString());
        choosePayment("MONEY_ORDER", "Money order number");
        type(browser.find(By.id("entry:paymentReference")), "MO-55120");
        assertThat(browser.find(By.id("entry:preview")).getText())
                .contains("Yamada Taro", "2-3-4 Wakabayashi, Setagaya-ku, TOKYO", "154-0023", "JAPAN");
        screenshotWholePage("order-entry");
        browser.find(By.id("entry:currency")).sendKeys(Keys.ENTER);

        var saved = browser.find(By.id("entry:saved"));
        var number = firstOrderNumber(saved.getText());
        assertThat(saved.findElement(By.id("saved-order")).getDomAttribute("href"))
                .endsWith("/staff/order.xhtml?number=" + number);
        var order = order(number);
        assertThat(order.getString("status")).isEqualTo("QUEUED");
        assertThat(order.getJsonObject("customer").getString("name")).isEqualTo("山田太郎");
        assertThat(order.getString("channel")).isEqualTo("POST");
        assertThat(order.getJsonObject("address").getString("postcode")).isEqualTo("154-0023");

        // print it in a run and download the documents
        browser.open("staff/warehouse/print-runs.xhtml");
        tick(number);
        browser.find(By.id("runs:printSelected")).click();
        waitFor(d -> d.findElement(By.id("runs:runPanel")).getText().contains(number));
        assertThat(browser.find(By.id("run-counts")).getText()).contains("1 printed");
        screenshotWholePage("print-runs");
        var letters = download(By.cssSelector("a.document[data-kind=LETTERS]"));
        assertThat(pdfText(letters)).contains(number);
        var labels = download(By.cssSelector("a.document[data-kind=LABELS]"));
        assertThat(pdfText(labels)).contains(number, "Yamada Taro", "154-0023", "JAPAN");
        assertThat(order(number).getString("status")).isEqualTo("PRINTED");

        // pack it: the letter's barcode, then the label's
        openPackingStation();
        scan(number);
        assertThat(verdict()).isEqualTo("NEXT");
        scan(number);
        assertThat(verdict()).isEqualTo("OK");
        assertThat(browser.find(By.id("scan:result")).getText()).contains("Order " + number + " packed");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("scan-entry");
        assertThat(browser.find(By.id("scan:run-count")).getText()).contains("1 / 1");
        browser.screenshot("packing-ok");
        assertThat(order(number).getString("status")).isEqualTo("PACKED");

        // post it in a dispatch and download the manifest
        browser.open("staff/warehouse/posting.xhtml");
        type(browser.find(By.id("posting:postOffice")), "Weehawken NJ 07086, counter 2");
        browser.find(By.id("posting:open")).click();
        var scanField = browser.waitUntil(ExpectedConditions.elementToBeClickable(By.id("scan-entry")));
        scanField.sendKeys(number, Keys.ENTER);
        waitFor(d -> d.findElement(By.id("posting:result")).getText().contains(number));
        assertThat(browser.find(By.cssSelector("#posting\\:result .scan-result")).getDomAttribute("data-verdict"))
                .isEqualTo("ADDED");
        assertThat(browser.find(By.id("posting:items")).getText()).contains(number, "JP");
        assertThat(browser.find(By.id("grand-total")).getText()).matches("\\d+\\.\\d{2} USD");
        screenshotWholePage("posting");
        browser.find(By.id("posting:close")).click();
        browser.driver().switchTo().alert().accept();
        var manifest = download(By.id("manifest-pdf"));
        assertThat(pdfText(manifest)).contains(number);
        assertThat(order(number).getString("status")).isEqualTo("POSTED");

        // the delivery standard to Japan (8 days) and the grace days (3) pass without news
        server.advanceClock(Duration.ofDays(12));
        server.runCodeEmailCheckAndOutbox();
        // the order page is another engineer's work on another branch: the order as the API shows it
        var late = order(number);
        assertThat(late.getString("status")).isEqualTo("POSTED");
        assertThat(late.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .anySatisfy(t -> {
                    assertThat(t.getString("kind")).isEqualTo("EMAIL");
                    assertThat(t.getString("reason")).contains("Code email queued (letter late)");
                });
        var mail = mailTo(email, "letter is delayed");
        assertThat(mail.getSubject()).isEqualTo("Your activation code for order " + number + ": your letter is delayed");

        // the customer posts the letter's second page back, their renewal form: scanned at order entry, it fills
        // the whole order in from this one; the money order in the envelope is keyed and the renewal saved
        var reference = java.util.regex.Pattern.compile("RN-[0-9A-Z]{12}").matcher(pdfText(letters)).results()
                .map(java.util.regex.MatchResult::group).findFirst().orElseThrow(() -> new AssertionError("no renewal form"));
        browser.open("staff/warehouse/order-entry.xhtml");
        browser.find(By.id("scan:renewalForm")).sendKeys(reference.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
        waitFor(d -> "山田太郎".equals(d.findElement(By.id("entry:customerName")).getDomProperty("value")));
        assertThat(browser.find(By.id("scan:filled")).getText()).contains(reference);
        assertThat(browser.find(By.id("entry:customerNameLatin")).getDomProperty("value")).isEqualTo("Yamada Taro");
        assertThat(browser.find(By.id("entry:email")).getDomProperty("value")).isEqualTo(email);
        assertThat(browser.find(By.id("entry:iccid")).getDomProperty("value")).isEqualTo(late.getString("iccid"));
        assertThat(new Select(browser.find(By.id("entry:product"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(sku);
        assertThat(browser.find(By.id("entry:preview")).getText()).contains("2-3-4 Wakabayashi, Setagaya-ku, TOKYO",
                "154-0023", "JAPAN");
        waitFor(d -> "29.00".equals(d.findElement(By.id("entry:amount")).getDomProperty("value")));
        choosePayment("MONEY_ORDER", "Money order number");
        type(browser.find(By.id("entry:paymentReference")), "MO-77031");
        screenshotWholePage("order-entry-renewal-form");
        browser.find(By.id("entry:save")).click();
        var renewal = order(firstOrderNumber(browser.find(By.id("entry:saved")).getText()));
        assertThat(renewal.getString("number")).isNotEqualTo(number);
        assertThat(renewal.getString("status")).isEqualTo("QUEUED");
        assertThat(renewal.getString("channel")).isEqualTo("POST");
        assertThat(renewal.getJsonObject("customer").getString("name")).isEqualTo("山田太郎");
        assertThat(renewal.getString("iccid")).isEqualTo(late.getString("iccid"));
        // the plan runs on from the expiry the first card brought
        assertThat(renewal.getString("planExpiresOn"))
                .isEqualTo(LocalDate.parse(late.getString("planExpiresOn")).plusDays(30).toString());

        // a form never printed is refused beside the field, and nothing is filled in
        browser.open("staff/warehouse/order-entry.xhtml");
        browser.find(By.id("scan:renewalForm")).sendKeys("RN-000000000000", Keys.ENTER);
        waitFor(d -> !d.findElement(By.id("scan:renewalForm-msg")).getText().isBlank());
        assertThat(browser.find(By.id("scan:renewalForm-msg")).getText()).contains("No renewal form has this reference");
        assertThat(browser.find(By.id("entry:customerName")).getDomProperty("value")).isEmpty();
    }

    @Test
    void theOrderFormShowsTheIntakesMessagesBesideTheFieldsAndKeepsTheTabOrder() {
        newSession();
        browser.open("staff/warehouse/order-entry.xhtml");
        chooseCountry("JP");
        // Tab leads from the country to the address, in the order Japan writes it
        browser.find(By.id("entry:country")).sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("data-field")).isEqualTo("organisation");
        assertThat(labelsOfAddress()).containsExactly("Organisation or company", "Street address",
                "Street address (line 2)", "Street address (line 3)", "Prefecture", "Postcode");

        type(addressField("postcode"), "15400234");
        addressField("postcode").sendKeys(Keys.TAB);
        waitFor(d -> !messageOf("postcode").isEmpty());
        assertThat(messageOf("postcode")).isEqualTo("Postal code 15400234 is not valid for Japan (write it like 154-0023).");
        assertThat(addressField("postcode").getDomAttribute("aria-invalid")).isEqualTo("true");

        // nothing else keyed in: saving names every missing field beside it, and goes to the first
        addressField("postcode").sendKeys(Keys.ENTER);
        waitFor(d -> !messageOf("street1").isEmpty());
        assertThat(messageOf("street1")).contains("Street address is required for an address in Japan");
        assertThat(messageOf("region")).isEqualTo("Prefecture is required for an address in Japan.");
        assertThat(messageOf("postcode")).contains("154-0023");
        assertThat(browser.find(By.id("entry:customerName-msg")).getText()).isEqualTo("Enter the customer's name.");
        assertThat(browser.find(By.id("entry:email-msg")).getText()).isEqualTo("Enter the customer's email address.");
        assertThat(browser.find(By.id("entry:product-msg")).getText()).isEqualTo("Choose a product (SKU).");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("data-field")).isEqualTo("street1");
        assertThat(browser.driver().findElements(By.id("entry:saved"))).isEmpty();
        screenshotWholePage("order-entry-problems");

        // corrected: its message goes as soon as the field is left
        type(addressField("postcode"), "154-0023");
        addressField("postcode").sendKeys(Keys.TAB);
        waitFor(d -> messageOf("postcode").isEmpty());

        // a name the letter cannot print as written (no font has emoji): a warning at once, not a refusal
        // (set by script: ChromeDriver types no characters beyond the BMP)
        ((JavascriptExecutor) browser.driver()).executeScript("var f = document.getElementById('entry:customerName');"
                + " f.value = arguments[0]; f.dispatchEvent(new Event('change'));", "Anna \uD83C\uDF38 Lee");
        waitFor(d -> !d.findElement(By.id("entry:nameWarning")).getText().isEmpty());
        assertThat(browser.find(By.id("entry:nameWarning")).getText()).isEqualTo("No font prints symbols such as emoji on the"
                + " letter: it will greet the customer as \u201cAnna Lee\u201d. The order is taken as it is.");
        assertThat(browser.driver().findElement(By.id("entry:customerName-msg")).getText()).isEmpty(); // no problem: empty
    }

    @Test
    void theOrderFormTellsEachProblemOnceAsASentenceShowsOnlyThePaymentsFieldsAndKeepsTheBatchsChoices() {
        var sku = productWithCodes(2);
        newSession();
        browser.open("staff/warehouse/order-entry.xhtml");
        // the first field has the focus: keying starts at once
        waitFor(d -> "entry:country".equals(d.switchTo().activeElement().getDomAttribute("id")));

        chooseCountry("DE");
        browser.find(By.id("entry:save")).click();
        waitFor(d -> !messageOf("street1").isEmpty());
        // two messages about the street: each a sentence of its own, on its own line
        var street = browser.driver().findElements(By.cssSelector(".field-msg[data-for=street1] .sentence")).stream()
                .map(WebElement::getText).toList();
        assertThat(street).hasSizeGreaterThanOrEqualTo(2).allSatisfy(m -> assertThat(m).endsWith("."));
        assertThat(messageOf("street1")).doesNotContain("Germany Enter").contains("in Germany.\nEnter at least one street line.");
        // the line is an ICCID or a phone number: the message goes once the phone is given
        waitFor(d -> !d.findElement(By.id("entry:iccid-msg")).getText().isBlank());
        assertThat(browser.find(By.id("entry:iccid-msg")).getText()).startsWith("Give either the ICCID").endsWith(".");
        type(browser.find(By.id("entry:linePhone")), "+1 212 555 0123");
        waitFor(d -> d.findElement(By.id("entry:iccid-msg")).getText().isBlank());
        browser.find(By.id("entry:linePhone")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        waitFor(d -> !d.findElement(By.id("entry:iccid-msg")).getText().isBlank());
        type(browser.find(By.id("entry:iccid")), iccid());
        waitFor(d -> d.findElement(By.id("entry:iccid-msg")).getText().isBlank()
                && d.findElement(By.id("entry:linePhone-msg")).getText().isBlank());

        // only the chosen method's fields, with its own label
        assertThat(browser.find(By.cssSelector("label[for='entry:paymentReference']")).getText()).isEqualTo("Cheque number");
        choosePayment("CARD", null);
        assertThat(browser.driver().findElements(By.cssSelector("label[for='entry:paymentReference']"))).isEmpty();
        assertThat(browser.find(By.id("entry")).getText()).doesNotContain("Cheque number");
        choosePayment("MONEY_ORDER", "Money order number");
        choosePayment("CARD", null);

        // saved; the next form offers the same country, product and payment method
        type(addressField("street1"), "Invalidenstrasse 117");
        type(addressField("postcode"), "10115");
        type(addressField("city"), "Berlin");
        new Select(browser.find(By.id("entry:product"))).selectByValue(sku);
        waitFor(d -> "29.00".equals(d.findElement(By.id("entry:amount")).getDomProperty("value")));
        type(browser.find(By.id("entry:customerName")), "Hanna Schmidt");
        type(browser.find(By.id("entry:email")), "hanna+" + UUID.randomUUID().toString().substring(0, 8) + "@example.de");
        browser.find(By.id("entry:save")).click();
        var number = firstOrderNumber(browser.find(By.id("entry:saved")).getText());
        assertThat(order(number).getJsonObject("payment").getString("method")).isEqualTo("CARD");
        assertThat(chosen("entry:country")).isEqualTo("DE");
        assertThat(chosen("entry:product")).isEqualTo(sku);
        assertThat(chosen("entry:paymentMethod")).isEqualTo("CARD");
        assertThat(browser.find(By.id("entry:customerName")).getDomProperty("value")).isEmpty();

        // a new empty form on demand, and after a reload: the choices stay for the browser session
        type(browser.find(By.id("entry:customerName")), "Half keyed");
        browser.find(By.id("entry:newOrder")).click();
        waitFor(d -> d.findElements(By.id("entry:saved")).isEmpty()
                && d.findElement(By.id("entry:customerName")).getDomProperty("value").isEmpty());
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("entry:country");
        browser.open("staff/warehouse/order-entry.xhtml");
        assertThat(chosen("entry:country")).isEqualTo("DE");
        assertThat(chosen("entry:product")).isEqualTo(sku);
        assertThat(chosen("entry:paymentMethod")).isEqualTo("CARD");
        assertThat(browser.driver().findElements(By.cssSelector("input[data-field=street1]"))).isNotEmpty();
        screenshotWholePage("order-entry-next-form");
    }

    @Test
    void aReprintAsksItsReasonBesideTheFieldAndEachMessageIsShownOnce() {
        var sku = productWithCodes(1);
        var number = createOrder(sku, "reprint+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "黃志強", "Wong Chi Keung");
        var run = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(number))).build().toString());
        assertThat(run.statusCode()).isEqualTo(201);
        var name = Json.createReader(new StringReader(run.body())).readObject().getJsonObject("run").getString("name");

        browser.open("staff/warehouse/print-runs.xhtml");
        browser.find(By.linkText(name)).click();
        waitFor(d -> d.findElement(By.id("runs:runPanel")).getText().contains(number));
        browser.find(By.id("runs:reprintRun")).click();
        waitFor(d -> !d.findElement(By.id("runs:reason-msg")).getText().isBlank());
        assertThat(browser.find(By.id("runs:reason-msg")).getText()).isEqualTo("Say why the letters are reprinted");
        assertThat(browser.driver().findElements(By.cssSelector(".ui-growl-item"))).as("no pop-up far from the field").isEmpty();
        // and tied to the field for screen readers (PrimeFaces points the input at its message)
        assertThat(browser.find(By.id("runs:reason")).getDomAttribute("aria-describedby")).startsWith("runs:reason-msg");

        type(browser.find(By.id("runs:reason")), "The printer jammed on the first sheet");
        browser.find(By.id("runs:reprintRun")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
        var growl = browser.find(By.cssSelector(".ui-growl-item")).getText();
        var sentence = "The reprint of run " + name + " is recorded";
        assertThat(growl).contains(sentence);
        assertThat(growl.split(java.util.regex.Pattern.quote(sentence), -1)).as("said once: " + growl).hasSize(2);
        assertThat(browser.driver().findElements(By.cssSelector(".ui-growl-item"))).hasSize(1);
    }

    @Test
    void anOrderLikeOneUnderWayIsSavedOnlyOnceThePersonConfirms() {
        var sku = productWithCodes(1);
        var email = "chen+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var first = createOrder(sku, email, "陳大文", "Chan Tai Man");

        browser.open("staff/warehouse/order-entry.xhtml");
        chooseCountry("HK");
        type(addressField("street1"), "Flat 3A, 12 Nathan Road");
        type(addressField("city"), "Tsim Sha Tsui");
        type(addressField("region"), "Kowloon");
        new Select(browser.find(By.id("entry:product"))).selectByValue(sku);
        type(browser.find(By.id("entry:customerName")), "陳大文");
        type(browser.find(By.id("entry:customerNameLatin")), "Chan Tai Man");
        type(browser.find(By.id("entry:email")), email);
        type(browser.find(By.id("entry:iccid")), iccid());
        // the session offers the last form's payment method: this form's cheque, with its number
        choosePayment("CHEQUE", "Cheque number");
        type(browser.find(By.id("entry:paymentReference")), "300118");
        browser.find(By.id("entry:save")).click();

        var warning = browser.find(By.id("entry:duplicates"));
        assertThat(warning.getText()).contains(first, "same email");
        assertThat(warning.findElement(By.cssSelector("a.duplicate")).getDomAttribute("href"))
                .endsWith("/staff/order.xhtml?number=" + first);
        assertThat(browser.driver().findElements(By.id("entry:saved"))).isEmpty();

        browser.find(By.id("entry:saveAnyway")).click();
        var second = firstOrderNumber(browser.find(By.id("entry:saved")).getText());
        assertThat(second).isNotEqualTo(first);
        assertThat(order(second).getString("status")).isEqualTo("QUEUED");
    }

    @Test
    void aLabelOfAnotherOrderIsAMismatchAndPacksNothing() {
        var sku = productWithCodes(2);
        var letter = createOrder(sku, "lin+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "林美華", "Lin Mei Hua");
        var other = createOrder(sku, "wu+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "吳建國", "Wu Chien Kuo");
        var run = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(letter, other))).build().toString());
        assertThat(run.statusCode()).isEqualTo(201);

        openPackingStation();
        scan(letter);
        assertThat(verdict()).isEqualTo("NEXT");
        scan(other);
        assertThat(verdict()).isEqualTo("MISMATCH");
        assertThat(browser.find(By.id("scan:result")).getText())
                .contains("MISMATCH", "The letter is for " + letter + " but the label is for " + other,
                        "NOTHING WAS PACKED");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("scan-entry");
        assertThat(Integer.parseInt(browser.find(By.cssSelector("#count-mismatch .value")).getText())).isPositive();
        browser.screenshot("packing-mismatch");
        assertThat(order(letter).getString("status")).isEqualTo("PRINTED");
        assertThat(order(other).getString("status")).isEqualTo("PRINTED");

        // a misread check character is caught before it is matched to anybody
        scan(letter.substring(0, letter.length() - 1) + (letter.endsWith("A") ? "B" : "A"));
        assertThat(verdict()).isIn("MISREAD", "REFUSED");
    }

    @Test
    void aTrackedLetterPrintedWithoutANumberGetsThePostOfficesLabelAtTheStation() {
        var sku = productWithCodes(1);
        var number = createOrder(sku, "ho+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "何家明", "Ho Ka Ming", "TRACKED_LETTER");
        var run = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(number))).build().toString());
        assertThat(run.statusCode()).isEqualTo(201);
        var label = TrackingNumber.of("LA", 10_000_000 + RANDOM.nextInt(89_999_999), "US").value();

        openPackingStation();
        browser.find(By.cssSelector("#label summary")).click();
        // two scans: the letter's barcode (Enter goes on to the label), then the label's
        browser.find(By.id("label:order")).sendKeys(number, Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("label:tracking");
        browser.driver().switchTo().activeElement().sendKeys(label, Keys.ENTER);
        waitFor(d -> "ATTACHED".equals(d.findElement(By.cssSelector(".scan-result")).getDomAttribute("data-verdict")));
        assertThat(browser.find(By.id("scan:result")).getText()).contains(label, number);

        // packed with the label's tracking number as the label scan
        scan(number);
        scan(label);
        assertThat(verdict()).isEqualTo("OK");
        assertThat(order(number).getString("status")).isEqualTo("PACKED");
    }

    @Test
    void aTrackedLetterWithoutItsNumberIsRefusedAtPackingWithTheLabelFormOpenForIt() {
        var sku = productWithCodes(1);
        var number = createOrder(sku, "cheng+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "鄭美玲", "Cheng Mei Ling", "TRACKED_LETTER");
        var run = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(number))).build().toString());
        assertThat(run.statusCode()).isEqualTo(201);
        var label = TrackingNumber.of("LA", 10_000_000 + RANDOM.nextInt(89_999_999), "US").value();

        // the letter alone is refused at once, saying what to do, not only at the posting counter
        openPackingStation();
        scan(number);
        assertThat(verdict()).isEqualTo("REFUSED");
        assertThat(browser.find(By.id("scan:result")).getText())
                .contains("Order " + number + " goes by Tracked letter and has no tracking number yet",
                        "post office's pre-printed tracking label", "attach it below");
        assertThat(order(number).getString("status")).isEqualTo("PRINTED");
        // the form for the post office's label is open with the letter filled in, the focus on the label's field
        waitFor(d -> "label:tracking".equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertThat(browser.find(By.cssSelector("#label details")).getDomAttribute("open")).isNotNull();
        assertThat(browser.find(By.id("label:order")).getDomProperty("value")).isEqualTo(number);
        browser.screenshot("packing-label-needed");

        // the label scanned into it, then the pair packs
        browser.driver().switchTo().activeElement().sendKeys(label, Keys.ENTER);
        waitFor(d -> "ATTACHED".equals(d.findElement(By.cssSelector(".scan-result")).getDomAttribute("data-verdict")));
        scan(number);
        assertThat(verdict()).isEqualTo("NEXT");
        scan(label);
        assertThat(verdict()).isEqualTo("OK");
        assertThat(order(number).getString("status")).isEqualTo("PACKED");
    }

    @Test
    void aLetterTooLateForTheLetterPostIsSentTrackedOnceTheWarehouseConfirmsTheProposalOnThePage() {
        var sku = productWithCodes(1);
        var customer = "Hurry " + UUID.randomUUID().toString().substring(0, 8);
        // Hong Kong as V32 seeds it: the letter post 9 days, a tracked letter 5; the queue's margin 2 days.
        // Posting deadlines: the letter post's three days ago, the tracked letter's tomorrow.
        var expires = server.today().plusDays(5 + 2 + 1);
        var body = Json.createObjectBuilder()
                .add("customerName", customer).add("customerNameLatin", customer)
                .add("email", "hurry+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com")
                .add("language", "en")
                .add("address", Json.createObjectBuilder()
                        .add("streetLines", Json.createArrayBuilder(List.of("Flat 8C, 101 King's Road")))
                        .add("city", "North Point").add("region", "Hong Kong Island").add("country", "HK"))
                .add("productSku", sku).add("iccid", iccid()).add("channel", "POST")
                .add("postalService", "STANDARD_LETTER").add("planExpiresOn", expires.toString())
                .add("payment", Json.createObjectBuilder().add("method", "CHEQUE").add("amount", 29)
                        .add("currency", "USD"))
                .build();
        var created = server.send("POST", "api/orders", warehouse, body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var number = Json.createReader(new StringReader(created.body())).readObject().getString("number");

        browser.open("staff/warehouse/print-runs.xhtml");
        browser.find(By.id("runs:queue:customer:filter")).sendKeys(customer);
        waitFor(d -> d.findElements(By.cssSelector("#runs\\:queue tbody tr[data-rk]")).size() == 1);
        var row = browser.find(By.cssSelector("tr[data-rk='" + number + "']"));
        assertThat(row.findElement(By.cssSelector(".service-proposal")).getText())
                .contains("Tracked letter arrives in time if posted by " + server.today().plusDays(1))
                .contains("Send as Tracked letter");
        assertThat(row.getText()).doesNotContain("no service in time");

        row.findElement(By.cssSelector("button[id$='confirmService']")).click();
        waitFor(d -> !d.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
        assertThat(browser.find(By.cssSelector(".ui-growl-item")).getText()).contains(number).contains("Tracked letter");
        waitFor(d -> d.findElements(By.cssSelector("tr[data-rk='" + number + "'] .service-proposal")).isEmpty());
        assertThat(browser.find(By.cssSelector("tr[data-rk='" + number + "']")).getText()).contains("Tracked letter");

        var order = order(number);
        assertThat(order.getString("postalService")).isEqualTo("TRACKED_LETTER");
        assertThat(order.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .as("the change is on the order's timeline, with who made it: " + order)
                .anyMatch(t -> "CHANGE".equals(t.getString("kind", null))
                        && t.getString("actor", "").contains(warehouse.username()));
    }

    @Test
    void thePrintProgressCountsTheRunsOrdersUpToItsTotal() {
        var sku = productWithCodes(3);
        var customer = "Progress " + UUID.randomUUID().toString().substring(0, 8);
        var numbers = new java.util.ArrayList<String>();
        for (var i = 1; i <= 3; i++) {
            numbers.add(createOrder(sku, "progress" + i + "+" + UUID.randomUUID().toString().substring(0, 8)
                    + "@example.com", customer + " " + i, customer + " " + i));
        }
        browser.open("staff/warehouse/print-runs.xhtml");
        browser.find(By.id("runs:queue:customer:filter")).sendKeys(customer);
        waitFor(d -> d.findElements(By.cssSelector("#runs\\:queue tbody tr[data-rk]")).size() == 3);
        // ticked until all three show ticked at once: a filter answer still arriving may redraw the table
        waitFor(d -> {
            var all = true;
            for (var number : numbers) {
                var row = d.findElement(By.cssSelector("tr[data-rk='" + number + "']"));
                if (!"true".equals(row.getDomAttribute("aria-selected"))) {
                    row.findElement(By.cssSelector(".ui-chkbox-box")).click();
                    all = false;
                }
            }
            return all;
        });
        // every line the progress shows from the click on, as the page updates it
        ((JavascriptExecutor) browser.driver()).executeScript("window.progressSeen = [];"
                + "new MutationObserver(function () {"
                + "  var p = document.getElementById('progress-text');"
                + "  if (p) { window.progressSeen.push(p.textContent.trim()); }"
                + "}).observe(document.body, {subtree: true, childList: true, characterData: true});");
        browser.find(By.id("runs:printSelected")).click();

        waitFor(d -> d.findElements(By.id("progress-text")).stream().anyMatch(p -> p.getText().contains("3 of 3")));
        assertThat(browser.find(By.id("progress-text")).getText()).isEqualTo("Printed: 3 of 3 orders done.");
        assertThat(browser.find(By.id("runs:bar")).getText()).contains("100%");
        @SuppressWarnings("unchecked")
        var seen = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.progressSeen;");
        assertThat(seen).isNotEmpty().noneMatch(line -> line.contains("0 of 0"))
                .allMatch(line -> line.startsWith("Starting the run") || line.matches("Print(ing|ed): [0-3] of 3 orders done.*"));
        waitFor(d -> d.findElement(By.id("runs:runPanel")).getText().contains(numbers.get(2)));
        assertThat(browser.find(By.id("run-counts")).getText()).contains("3 printed");
    }

    @Test
    void aStationNamedAsPeopleCallTheTableIsTakenAndRememberedAtTheNextLogin() {
        browser.open("staff/warehouse/packing.xhtml");
        if (browser.driver().findElements(By.id("choice:name")).isEmpty()) {
            browser.find(By.id("scan:change")).click();
        }
        // the rule beside the field before anything is typed
        var field = browser.find(By.id("choice:name"));
        assertThat(browser.find(By.id("station-rule")).getText())
                .contains("letters of any script", "digits", "spaces", "Table 3");
        assertThat(field.getDomAttribute("aria-describedby")).isEqualTo("station-rule");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "  Table 3 ", Keys.ENTER);
        waitFor(d -> d.findElement(By.id("station-name")).getText().equals("Table 3"));
        var kept = browser.driver().manage().getCookieNamed("rp-packing-station");
        assertThat(kept.getValue()).isEqualTo("Table+3");
        assertThat(kept.isHttpOnly()).isTrue();
        assertThat(kept.getSameSite()).isEqualTo("Strict");
        assertThat(kept.getExpiry()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofDays(300))));

        // a new session of the same browser: the station is there without asking
        browser.find(By.id("logout")).click();
        browser.logIn(warehouse);
        browser.open("staff/warehouse/packing.xhtml");
        waitFor(d -> d.findElement(By.id("station-name")).getText().equals("Table 3"));
        assertThat(browser.driver().findElements(By.id("choice:name"))).isEmpty();
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("scan-entry");

        // a pair packs at it, and its record goes by the name
        var sku = productWithCodes(1);
        var number = createOrder(sku, "table3+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "黃志強", "Wong Chi Keung");
        var run = server.send("POST", "api/print-runs", warehouse, Json.createObjectBuilder()
                .add("orderNumbers", Json.createArrayBuilder(List.of(number))).build().toString());
        assertThat(run.statusCode()).isEqualTo(201);
        scan(number);
        scan(number);
        assertThat(verdict()).isEqualTo("OK");
        var events = server.send("GET", "api/packing/events?station=Table%203&kind=PACKED", warehouse, null);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains(number, "\"station\":\"Table 3\"");

        // and it can still be changed
        browser.find(By.id("scan:change")).click();
        assertThat(browser.find(By.id("choice:name")).getDomProperty("value")).isEqualTo("Table 3");
    }

    // ---- steps as a person does them ----

    private static void chooseCountry(String code) {
        var country = new Select(browser.find(By.id("entry:country")));
        if (!code.equals(chosen("entry:country"))) {
            // the session may offer the last form's country: wait for the new country's inputs, not the old ones
            var before = browser.driver().findElements(By.cssSelector("input[data-field=street1]"));
            country.selectByValue(code);
            before.forEach(old -> waitFor(d -> ExpectedConditions.stalenessOf(old).apply(d)));
        }
        waitFor(d -> !d.findElements(By.cssSelector("input[data-field=street1]")).isEmpty());
    }

    /** Chooses how the customer paid; the reference field that method has comes with its label (none for a card). */
    private static void choosePayment(String method, String referenceLabel) {
        new Select(browser.find(By.id("entry:paymentMethod"))).selectByValue(method);
        waitFor(d -> referenceLabel == null ? d.findElements(By.id("entry:paymentReference")).isEmpty()
                : d.findElements(By.cssSelector("label[for='entry:paymentReference']")).stream()
                        .anyMatch(l -> l.getText().equals(referenceLabel)));
    }

    /** Logs out and in again: a new browser session, which remembers nothing of earlier forms. */
    private static void newSession() {
        browser.open("staff/index.xhtml");
        browser.find(By.id("logout")).click();
        browser.logIn(warehouse);
    }

    /**
     * The value of the option chosen in a select: the first option that is :checked, which is what
     * Select.getFirstSelectedOption finds by asking each option in turn (some 250 countries).
     */
    private static String chosen(String selectId) {
        return browser.find(By.id(selectId)).findElement(By.cssSelector("option:checked")).getDomAttribute("value");
    }



    private static WebElement addressField(String key) {
        return browser.find(By.cssSelector("input[data-field=" + key + "]"));
    }

    /** The message beside an address input (present even when empty, and then invisible). */
    private static String messageOf(String key) {
        return browser.driver().findElement(By.cssSelector(".field-msg[data-for=" + key + "]")).getText().strip();
    }

    private static List<String> labelsOfAddress() {
        return browser.driver().findElements(By.cssSelector("label[for^='entry:address:']")).stream()
                .map(WebElement::getText).toList();
    }

    /** Types into a field as a person does: its old text replaced, then Tab to the next. */
    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        field.sendKeys(Keys.TAB);
    }

    private static void tick(String number) {
        var filter = browser.find(By.id("runs:queue:number:filter"));
        filter.sendKeys(number);
        waitFor(d -> d.findElements(By.cssSelector("#runs\\:queue tbody tr[data-rk]")).size() == 1
                && !d.findElements(By.cssSelector("tr[data-rk='" + number + "']")).isEmpty());
        browser.find(By.cssSelector("tr[data-rk='" + number + "'] .ui-chkbox-box")).click();
        waitFor(d -> d.findElement(By.cssSelector("tr[data-rk='" + number + "']"))
                .getDomAttribute("aria-selected").equals("true"));
    }

    private static void openPackingStation() {
        browser.open("staff/warehouse/packing.xhtml");
        // this browser remembers the station it packed at last (another test may have chosen another)
        var shown = browser.driver().findElements(By.id("station-name"));
        if (!shown.isEmpty() && !shown.get(0).getText().equals(station)) {
            browser.find(By.id("scan:change")).click();
        }
        if (!browser.driver().findElements(By.id("choice:name")).isEmpty()) {
            browser.find(By.id("choice:name")).sendKeys(Keys.chord(Keys.CONTROL, "a"), station, Keys.ENTER);
        }
        waitFor(d -> d.findElement(By.id("station-name")).getText().equals(station));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("scan-entry");
    }

    /** Types a scanned code and Enter into whatever has the focus, as a barcode scanner does. */
    private static void scan(String code) {
        var before = browser.driver().findElements(By.cssSelector(".scan-result")).stream()
                .map(WebElement::getText).findFirst().orElse("");
        browser.driver().switchTo().activeElement().sendKeys(code, Keys.ENTER);
        waitFor(d -> d.findElements(By.cssSelector(".scan-result")).stream()
                .anyMatch(r -> r.getText().contains(code) && !r.getText().equals(before)));
    }

    /** A screenshot of the whole page, not only the part in the window (the window is made taller for it). */
    private static void screenshotWholePage(String name) {
        var window = browser.driver().manage().window();
        var size = window.getSize();
        var height = ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight")).intValue();
        window.setSize(new Dimension(size.getWidth(), Math.min(Math.max(height + 140, size.getHeight()), 3000)));
        try {
            browser.screenshot(name);
        } finally {
            window.setSize(size);
        }
    }

    /** Waits for what the page shows, reading again when an update replaced what was read. */
    private static void waitFor(Predicate<WebDriver> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30), Browser.POLLING)
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(condition::test);
    }

    private static String verdict() {
        return browser.find(By.cssSelector(".scan-result")).getDomAttribute("data-verdict");
    }

    /** Clicks a download link and returns the file the browser saved (named as the server says). */
    private static Path download(By link) throws IOException, InterruptedException {
        var before = downloaded();
        browser.find(link).click();
        var deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            var fresh = downloaded().stream().filter(f -> !before.contains(f)).toList();
            try {
                if (fresh.size() == 1 && !fresh.get(0).getFileName().toString().endsWith(".crdownload")
                        && Files.size(fresh.get(0)) > 0) {
                    return fresh.get(0);
                }
            } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                // Chromium writes to a hidden temporary file and renames it: look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the browser saved no file for " + link);
    }

    private static List<Path> downloaded() throws IOException {
        try (var files = Files.list(Browser.downloads())) {
            // Chromium's hidden temporary files (".org.chromium.Chromium.*") come and go while it saves
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static String pdfText(Path file) throws IOException {
        var bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    // ---- the test's own data, through the API ----

    /** A product of this test's own, with codes imported through the admin API. */
    static String productWithCodes(int codes) {
        var sku = "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        server.newProduct(sku);
        var csv = new StringBuilder("code\n");
        for (int i = 0; i < codes; i++) {
            csv.append(Shop.esimCode()).append('\n');
        }
        var report = post("api/products/" + sku + "/codes", server.admin(), "text/csv", csv.toString());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return sku;
    }

    static String createOrder(String sku, String email, String name, String latinName) {
        return createOrder(sku, email, name, latinName, "STANDARD_LETTER");
    }

    static String createOrder(String sku, String email, String name, String latinName, String service) {
        var body = Json.createObjectBuilder()
                .add("customerName", name).add("customerNameLatin", latinName).add("email", email)
                .add("language", "zh-Hant")
                .add("address", Json.createObjectBuilder()
                        .add("streetLines", Json.createArrayBuilder(List.of("Flat 8C, 101 King's Road")))
                        .add("city", "North Point").add("region", "Hong Kong Island").add("country", "HK"))
                .add("productSku", sku).add("iccid", iccid()).add("channel", "POST").add("postalService", service)
                .add("payment", Json.createObjectBuilder().add("method", "CHEQUE").add("amount", 29)
                        .add("currency", "USD"))
                .build();
        var created = server.send("POST", "api/orders", warehouse, body.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.createReader(new StringReader(created.body())).readObject().getString("number");
    }

    private static JsonObject order(String number) {
        var response = server.send("GET", "api/orders/" + number, warehouse, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> post(String path, Credentials who, String type, String body) {
        var request = HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            var response = who != null ? server.as(who, request, HttpResponse.BodyHandlers.ofString())
                    : HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new AssertionError(path + ": " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The email to this address with these words in its subject (waits for the outbox a little). */
    private static MimeMessage mailTo(String address, String subject) throws Exception {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (var message : server.mail().getReceivedMessages()) {
                var to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address))
                        && message.getSubject() != null && message.getSubject().contains(subject)) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no email to " + address);
    }

    private static String firstOrderNumber(String text) {
        var matcher = ORDER_NUMBER.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group();
    }

    private static String iccid() {
        var body = new StringBuilder("8981");
        while (body.length() < 18) {
            body.append(RANDOM.nextInt(10));
        }
        return body.toString() + Iccid.luhnCheckDigit(body.toString());
    }
}
