package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import com.renewalpost.fulfilment.tracking.ReaderLanguage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customers' tracking page, read back as customers in each of its five languages see it: by
 * their browser's language, and by the switch (remembered). A delivered letter, one lost and sent
 * again, and one on its way: every step once, in the reader's language, dated in the reader's
 * locale and time zone; no expected arrival once a letter is delivered or lost; the replacement
 * one click away. And on a phone, the answer is brought into view.
 */
class TrackingPageSystemTest {

    /** Latin text a Chinese or Japanese page may carry: names, numbers, and the switch's own names. */
    private static final Pattern KEPT_LATIN = Pattern.compile(
            "Renewal Post|RP-[0-9A-Z]+|[A-Z]{2}\\d{9}[A-Z]{2}|ICCID|SIM|English|Español");
    /** Words that give an English sentence away in a Spanish page. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|your|you|order|letter|card|and|of|to|we|our|post|please|delivered|lost|journey|track)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Each browser comes from an address of its own, so the per-address lookup limit is its own. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    static SystemServer server;
    static SupportData data;
    static Credentials support;
    static String delivered;
    static String lost;
    static String replacement;
    static String inTransit;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void lettersDeliveredLostAndOnTheirWay() {
        server = SystemServer.get();
        data = new SupportData(server, server.newStaff("WAREHOUSE", "ADMIN"));
        support = server.newStaff("SUPPORT");
        var stock = data.product(4);
        delivered = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        lost = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.CN);
        inTransit = data.order(stock, SupportData.Customer.fresh(), SupportData.Destination.US);
        data.print(delivered, lost, inTransit);
        data.post(delivered);
        data.post(lost);
        data.post(inTransit);
        event(delivered, "IN_TRANSIT");
        event(delivered, "DELIVERED");
        event(inTransit, "IN_TRANSIT");
        event(lost, "IN_TRANSIT");
        event(lost, "LOST");
        var reship = server.send("POST", "api/orders/" + lost + "/reship", support,
                Json.createObjectBuilder().add("reason", "Lost in the post: a new letter").build().toString());
        assertThat(reship.statusCode()).as(reship.body()).isBetween(200, 201);
        replacement = SupportData.json(reship.body()).getString("replacementNumber");
        assertThat(data.status(delivered)).isEqualTo("DELIVERED");
        assertThat(data.status(lost)).isEqualTo("LOST");
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A new browser for the next reader; the last one stays open until then, for its screenshot on failure. */
    private static Browser newBrowser(Browser next) {
        if (browser != null) {
            browser.close();
        }
        browser = next;
        browser.comeFrom("203.0.113." + ADDRESSES.incrementAndGet());
        return browser;
    }

    /**
     * @param browserLanguage the reader's browser language (Accept-Language, and the locale its dates are in)
     * @param timeZone where the reader is
     * @param switchTo the language the reader then picks on the page
     */
    @ParameterizedTest(name = "{0}, then {3}")
    @CsvSource({
            "en-GB, en, Europe/London, es",
            "zh-CN, zh-Hans, Asia/Shanghai, zh-Hant",
            "zh-TW, zh-Hant, Asia/Taipei, ja",
            "ja-JP, ja, Asia/Tokyo, en",
            "es-MX, es, America/Mexico_City, zh-Hans"})
    void aCustomerReadsEachLetterInTheirLanguageAndSwitchesToAnother(String browserLanguage, String expected,
                                                                    String timeZone, String switchTo) {
        newBrowser(new Browser(server, browserLanguage));
        browser.liveIn(timeZone);
        var language = ReaderLanguage.of(expected).orElseThrow();
        var reader = new Reader(language, browserLanguage, ZoneId.of(timeZone));

        browser.open("track.html");
        reader.awaitPage();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(language.texts().get("page.heading"));
        assertThat(browser.driver().getTitle()).isEqualTo(language.texts().get("page.title"));

        // a wrong postcode: told so in the reader's language
        fill(delivered, "99999");
        browser.waitFor(d -> d.findElement(By.id("message")).isDisplayed());
        assertThat(browser.find(By.id("message")).getText()).isEqualTo(language.texts().get("message.notFound"));

        // delivered: once, and nothing more to expect
        lookUp(delivered, SupportData.Destination.US.postcode);
        reader.readsJourney(delivered, "DELIVERED", "RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "IN_TRANSIT",
                "DELIVERED");
        assertThat(browser.driver().findElement(By.id("window")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("replaced")).isDisplayed()).isFalse();
        reader.readsNoOtherLanguage();

        // lost: once, nothing to expect, and the replacement one click away
        lookUp(lost, SupportData.Destination.CN.postcode);
        reader.readsJourney(lost, "LOST", "RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED", "IN_TRANSIT", "LOST");
        assertThat(browser.driver().findElement(By.id("window")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("replaced-text")).getText()).isEqualTo(language.texts().get("result.replaced"));
        var link = browser.find(By.id("replaced-link"));
        assertThat(link.getText()).isEqualTo(language.texts().get("result.replacedLink").replace("{order}", replacement));
        assertThat(link.getAttribute("href")).contains("order=" + replacement).contains("lang=" + language.tag());
        reader.readsNoOtherLanguage();
        wholePageScreenshot("tracking-lost-" + language.tag());
        link.click();
        awaitResult(replacement);
        assertThat(browser.find(By.id("status")).getText()).isEqualTo(language.texts().get("status.QUEUED"));
        assertThat(browser.find(By.id("replaces")).getText())
                .isEqualTo(language.texts().get("result.replaces").replace("{order}", lost));
        assertThat(browser.driver().findElement(By.id("replaced")).isDisplayed()).isFalse();
        reader.readsEachStepOnceInItsLocale();
        reader.readsNoOtherLanguage();
        // the link opened on its own (a new tab): the number filled in, the postcode asked for
        browser.driver().get(link.getAttribute("href"));
        reader.awaitPage();
        assertThat(browser.find(By.id("order")).getAttribute("value")).isEqualTo(replacement);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("postcode");

        // on its way: when it should arrive, in the reader's locale
        lookUp(inTransit, SupportData.Destination.US.postcode);
        reader.readsJourney(inTransit, "IN_TRANSIT", "RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED",
                "IN_TRANSIT");
        reader.readsExpectedArrival(inTransit);
        reader.readsNoOtherLanguage();
        browser.screenshot("tracking-" + language.tag());

        // the switch: the same answer at once in the other language, no new lookup; remembered
        var other = ReaderLanguage.of(switchTo).orElseThrow();
        var switched = new Reader(other, other.tag(), ZoneId.of(timeZone));
        browser.driver().findElement(By.cssSelector("#languages a[data-lang='" + other.tag() + "']")).click();
        browser.waitFor(d -> other.tag().equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.driver().getCurrentUrl()).contains("lang=" + other.tag());
        switched.readsJourney(inTransit, "IN_TRANSIT", "RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED",
                "IN_TRANSIT");
        switched.readsExpectedArrival(inTransit);
        switched.readsNoOtherLanguage();
        assertThat(browser.find(By.cssSelector("#languages a[aria-current]")).getText()).isEqualTo(other.ownName());

        browser.open("track.html");
        switched.awaitPage();
        lookUp(delivered, SupportData.Destination.US.postcode);
        switched.readsJourney(delivered, "DELIVERED", "RECEIVED", "QUEUED", "PRINTED", "PACKED", "POSTED",
                "IN_TRANSIT", "DELIVERED");
        switched.readsNoOtherLanguage();
    }

    @Test
    void onAPhoneTheAnswerIsBroughtIntoView() {
        newBrowser(Browser.phone(server, "ja-JP"));
        var reader = new Reader(ReaderLanguage.JA, "ja-JP", ZoneId.systemDefault());
        browser.open("track.html");
        reader.awaitPage();
        var js = (JavascriptExecutor) browser.driver();
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
        // the switch is on the first screen, each language named in itself
        var languages = browser.find(By.id("languages"));
        assertThat(languages.getText()).contains("English", "简体中文", "繁體中文", "日本語", "Español");
        assertThat(((Number) js.executeScript("return document.getElementById('languages')"
                + ".getBoundingClientRect().bottom")).doubleValue()).isLessThan(300);
        // where the answer will start: below the fold's top third, so that without scrolling it would be out of sight
        var height = ((Number) js.executeScript("return window.innerHeight")).doubleValue();
        var formBottom = ((Number) js.executeScript(
                "return document.getElementById('lookup').getBoundingClientRect().bottom")).doubleValue();
        assertThat(formBottom).as("the form ends low on a phone").isGreaterThan(height / 3);

        lookUp(inTransit, SupportData.Destination.US.postcode);
        awaitResult(inTransit);
        browser.waitFor(d -> {
            var top = ((Number) js.executeScript(
                    "return document.getElementById('result').getBoundingClientRect().top")).doubleValue();
            return top >= 0 && top <= height / 3;
        });
        assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("status");
        assertThat(browser.find(By.id("status")).isDisplayed()).isTrue();
        browser.screenshot("tracking-ja-phone");
    }

    // ---- helpers ----

    /** The whole page from its top, switch and all (for README), in a window tall enough for it. */
    private static void wholePageScreenshot(String name) {
        var js = (JavascriptExecutor) browser.driver();
        var window = browser.driver().manage().window();
        var size = window.getSize();
        var height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
        window.setSize(new Dimension(1000, Math.min(2400, height + 200)));
        js.executeScript("window.scrollTo(0, 0)");
        browser.screenshot(name);
        window.setSize(size);
    }

    private void lookUp(String order, String postcode) {
        fill(order, postcode);
        awaitResult(order);
    }

    private void fill(String order, String postcode) {
        var orderField = browser.find(By.id("order"));
        orderField.clear();
        orderField.sendKeys(order);
        var postcodeField = browser.find(By.id("postcode"));
        postcodeField.clear();
        postcodeField.sendKeys(postcode);
        browser.find(By.cssSelector("#lookup button[type=submit]")).click();
    }

    private void awaitResult(String order) {
        browser.waitFor(d -> d.findElement(By.id("result")).isDisplayed()
                && d.findElement(By.id("result-order")).getText().contains(order));
    }

    private static void event(String order, String status) {
        var body = Json.createObjectBuilder().add("status", status)
                .add("reason", "The post office's counter said so").build().toString();
        var response = server.send("POST", "api/orders/" + order + "/tracking/events", support, body);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    /** The public answer for an order, asked from an address of its own. */
    private JsonObject publicAnswer(String order, String postcode) {
        var request = HttpRequest.newBuilder(server.url("api/public/track?order=" + order + "&postcode=" + postcode))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", "198.51.100." + ADDRESSES.incrementAndGet()).GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return SupportData.json(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A reader of the page in one language, in one locale and time zone. */
    private final class Reader {
        private final ReaderLanguage language;
        private final Map<String, String> texts;
        private final Locale locale;
        private final ZoneId zone;

        Reader(ReaderLanguage language, String locale, ZoneId zone) {
            this.language = language;
            this.texts = language.texts();
            this.locale = Locale.forLanguageTag(locale);
            this.zone = zone;
        }

        void awaitPage() {
            browser.waitFor(d -> language.tag().equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                    && !d.findElement(By.tagName("html")).getAttribute("class").contains("texts-pending"));
        }

        /** The status, and the journey's steps in this order, each once. */
        void readsJourney(String order, String status, String... steps) {
            awaitResult(order);
            assertThat(browser.find(By.id("result-order")).getText()).isEqualTo(texts.get("result.order")
                    .replace("{order}", order));
            browser.waitFor(d -> texts.get("status." + status).equals(d.findElement(By.id("status")).getText()));
            List<String> expected = new ArrayList<>();
            for (var step : steps) {
                expected.add(texts.get("status." + step));
            }
            assertThat(stepTexts()).as(order + " in " + language.tag()).containsExactlyElementsOf(expected);
            assertThat(browser.find(By.id("journey")).getText()).isEqualTo(texts.get("result.journey"));
            readsEachStepOnceInItsLocale();
        }

        void readsEachStepOnceInItsLocale() {
            var steps = stepTexts();
            assertThat(steps).as("each step once").doesNotHaveDuplicates().isNotEmpty();
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            for (var time : browser.driver().findElements(By.cssSelector("#timeline li time"))) {
                var at = OffsetDateTime.parse(time.getAttribute("datetime")).atZoneSameInstant(zone);
                assertThat(time.getText()).as("in %s, %s", locale, zone).contains(date.format(at));
            }
        }

        void readsExpectedArrival(String order) {
            var window = publicAnswer(order, SupportData.Destination.US.postcode).getJsonObject("expectedDelivery");
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            var earliest = date.format(LocalDate.parse(window.getString("earliest")));
            var latest = date.format(LocalDate.parse(window.getString("latest")));
            assertThat(browser.find(By.id("window")).getText()).isEqualTo(texts.get("result.window")
                    .replace("{earliest}", earliest).replace("{latest}", latest));
        }

        /** Not a sentence of another language on the page (the switch names each language in itself). */
        void readsNoOtherLanguage() {
            var main = browser.driver().findElement(By.id("page")).getText();
            var nav = browser.driver().findElement(By.id("languages")).getText();
            var text = main.replace(nav, "");
            assertThat(text).contains(texts.get("page.heading"));
            for (var other : ReaderLanguage.values()) {
                if (other == language) {
                    continue;
                }
                for (var sentence : other.texts().entrySet()) {
                    if (sentence.getValue().equals(texts.get(sentence.getKey()))) {
                        continue;
                    }
                    // each stretch between placeholders long enough to be the other language's own words
                    for (var part : sentence.getValue().split("\\{\\w+}")) {
                        if (part.strip().codePointCount(0, part.strip().length()) >= 6) {
                            assertThat(text).as(language.tag() + " page, " + other.tag() + " " + sentence.getKey())
                                    .doesNotContain(part.strip());
                        }
                    }
                }
            }
            var latin = KEPT_LATIN.matcher(text).replaceAll("");
            switch (language) {
                case ZH_HANS, ZH_HANT, JA -> assertThat(latin).as(language.tag()).doesNotContainPattern("[A-Za-z]{2,}");
                case ES -> assertThat(latin).as("es").doesNotContainPattern(ENGLISH_WORD);
                default -> {
                }
            }
        }

        private List<String> stepTexts() {
            return browser.driver().findElements(By.cssSelector("#timeline li .step")).stream()
                    .map(WebElement::getText).toList();
        }
    }
}
