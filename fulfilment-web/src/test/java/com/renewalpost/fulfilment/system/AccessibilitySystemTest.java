package com.renewalpost.fulfilment.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages as a keyboard user and a reader with weak sight meet them, measured in the
 * browser: the contrast of buttons, links, table links, badges and growl messages against what is
 * behind them (WCAG 2 relative luminance, AA: 4.5:1 for text), a visible focus ring on a button
 * reached by Tab (3:1 against its surroundings), a name for every form field, the skip link as the
 * first stop of Tab, and the icon every browser asks for.
 */
class AccessibilitySystemTest {

    /** Pages of every area; the admin may open them all. */
    private static final List<String> PAGES = List.of("staff/index.xhtml", "staff/orders.xhtml",
            "staff/warehouse/order-entry.xhtml", "staff/warehouse/print-runs.xhtml", "staff/warehouse/packing.xhtml",
            "staff/warehouse/posting.xhtml", "staff/support/tracking.xhtml", "staff/support/attention.xhtml",
            "staff/admin/index.xhtml", "staff/admin/products.xhtml", "staff/admin/code-stock.xhtml",
            "staff/admin/postage.xhtml", "staff/admin/delivery-standards.xhtml", "staff/admin/users.xhtml",
            "staff/admin/api-keys.xhtml", "staff/admin/audit.xhtml");

    /**
     * Colour arithmetic in the page: the colour a reader sees (the element's colour, faded by its
     * and its ancestors' opacity, over the first opaque background behind it) and WCAG's ratio.
     */
    private static final String COLOURS = """
            const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[ ,\\/]+/).filter(s => s).map(Number);
              return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const over = (top, below) => ({r: top.r * top.a + below.r * (1 - top.a),
              g: top.g * top.a + below.g * (1 - top.a), b: top.b * top.a + below.b * (1 - top.a), a: 1});
            const background = el => { const layers = [];
              for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
                if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
              return layers.reverse().reduce((below, top) => over(top, below), {r: 255, g: 255, b: 255, a: 1}); };
            const opacity = el => { let o = 1; for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
            const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const ratio = (x, y) => { const a = luminance(x), b = luminance(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
            const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
            const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
            """;

    static SystemServer server;
    static RestSetup api;
    static Browser browser;
    static String orderNumber;

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure(() -> browser);

    @BeforeAll
    static void start() {
        server = SystemServer.get();
        api = new RestSetup(server);
        browser = new Browser(server);
        var admin = server.newStaff("ADMIN");
        var sku = api.newProduct(admin, "A11");
        api.importCodes(admin, sku, 2);
        orderNumber = api.newOrder(server.newStaff("WAREHOUSE"), sku, "STANDARD_LETTER", LocalDate.now().plusYears(1).toString());
        browser.logIn(admin);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void buttonsLinksTableLinksBadgesAndGrowlReachFourAndAHalfToOne() {
        List<String> failures = new ArrayList<>();
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("staff/order.xhtml?number=" + orderNumber);
        int measured = 0;
        for (var page : pages) {
            browser.open(page);
            browser.waitFor(d -> js("return document.readyState").equals("complete"));
            showGrowlMessages();
            @SuppressWarnings("unchecked")
            var pairs = (List<Map<String, Object>>) js(COLOURS + """
                    const chosen = new Set(document.querySelectorAll(
                      '.ui-button, button, a[href], .ui-datatable a, .ui-badge, .ui-tag, .status, ' +
                      '.ui-growl-title, .ui-growl-message p, .ui-paginator-page, .ui-paginator-current'));
                    return [...chosen].filter(shown)
                      .filter(e => !e.closest('.ui-state-disabled, [disabled], .visually-hidden, .skip-link'))
                      .filter(e => e.textContent.trim() !== '')
                      .map(e => { const fg = parse(getComputedStyle(e).color); fg.a *= opacity(e);
                        const bg = background(e); const seen = over(fg, bg);
                        return {what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (e.className || '').toString().trim().split(/\\s+/).slice(0, 3).join('.')
                          + ' "' + e.textContent.trim().slice(0, 30) + '"', fg: hex(seen), bg: hex(bg), ratio: ratio(seen, bg)}; });
                    """);
            assertThat(pairs).as("text to measure on " + page).isNotEmpty();
            measured += pairs.size();
            pairs.stream().filter(p -> ((Number) p.get("ratio")).doubleValue() < 4.5)
                    .forEach(p -> failures.add(String.format("%s: %s %s on %s = %.2f:1", page, p.get("what"), p.get("fg"),
                            p.get("bg"), ((Number) p.get("ratio")).doubleValue())));
        }
        System.out.println("ACCESSIBILITY | contrast pairs measured: " + measured + " on " + pages.size() + " pages");
        assertThat(failures).as("text below 4.5:1").isEmpty();
    }

    @Test
    void aButtonReachedByTabShowsAFocusRingThatStandsOut() {
        browser.open("staff/orders.xhtml");
        var button = tabUntil("el.classList.contains('ui-button')", 40);
        assertThat(button.getAttribute("id")).isEqualTo("search:go");
        assertFocusRingVisible(button);

        // and in the dark header: the logout button
        browser.open("staff/orders.xhtml");
        var logout = tabUntil("el.id === 'logout'", 40);
        assertFocusRingVisible(logout);
    }

    @Test
    void everyFieldHasANameAndEveryLabelReachesItsField() {
        List<String> failures = new ArrayList<>();
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("staff/order.xhtml?number=" + orderNumber);
        int fields = 0;
        for (var page : pages) {
            browser.open(page);
            browser.waitFor(d -> js("return document.readyState").equals("complete"));
            @SuppressWarnings("unchecked")
            var result = (Map<String, List<String>>) js(COLOURS + """
                    const describe = e => e.tagName.toLowerCase() + (e.type ? '[' + e.type + ']' : '') + '#' + e.id;
                    const named = e => (e.labels && [...e.labels].some(l => l.textContent.trim() !== ''))
                      || (e.getAttribute('aria-label') || '').trim() !== ''
                      || ((e.getAttribute('aria-labelledby') || '').trim() !== '' && e.getAttribute('aria-labelledby').trim()
                            .split(/\\s+/).every(id => { const t = document.getElementById(id); return t && t.textContent.trim() !== ''; }));
                    const fields = [...document.querySelectorAll('input, select, textarea')]
                      .filter(e => e.type !== 'hidden' && !e.closest('[aria-hidden="true"]'))
                      .filter(e => shown(e) || e.tabIndex >= 0 && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0);
                    return {fields: fields.map(describe),
                      unnamed: fields.filter(e => !named(e)).map(describe),
                      astray: [...document.querySelectorAll('label[for]')].filter(l => !l.control)
                        .map(l => 'label for="' + l.htmlFor + '" "' + l.textContent.trim() + '" reaches '
                          + (document.getElementById(l.htmlFor) ? describe(document.getElementById(l.htmlFor)) : 'nothing'))};
                    """);
            fields += result.get("fields").size();
            result.get("unnamed").forEach(f -> failures.add(page + ": no name for " + f));
            result.get("astray").forEach(f -> failures.add(page + ": " + f));
        }
        System.out.println("ACCESSIBILITY | form fields checked: " + fields + " on " + pages.size() + " pages");
        assertThat(fields).isGreaterThan(30);
        assertThat(failures).as("fields without a name, labels pointing at no field").isEmpty();
    }

    @Test
    void theFirstTabStopIsAVisibleSkipLinkToTheContent() {
        for (var page : List.of("staff/index.xhtml", "staff/orders.xhtml", "staff/admin/products.xhtml")) {
            browser.open(page);
            browser.waitFor(d -> js("return document.readyState").equals("complete"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            var first = (WebElement) js("return document.activeElement");
            assertThat(first.getText()).as("first Tab on " + page).isEqualTo("Skip to content");
            @SuppressWarnings("unchecked")
            var box = (Map<String, Number>) js("const r = document.activeElement.getBoundingClientRect();"
                    + "return {top: r.top, left: r.left, width: r.width, height: r.height};");
            assertThat(box.get("width").doubleValue()).as("skip link width when focused").isGreaterThan(20);
            assertThat(box.get("height").doubleValue()).isGreaterThan(10);
            assertThat(box.get("top").doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(box.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
            var ratio = ((Number) js(COLOURS + "const e = document.activeElement; const bg = background(e);"
                    + "return ratio(over(parse(getComputedStyle(e).color), bg), bg);")).doubleValue();
            assertThat(ratio).as("skip link contrast").isGreaterThanOrEqualTo(4.5);

            first.sendKeys(Keys.ENTER);
            browser.waitFor(d -> "content".equals(js("return document.activeElement.id")));
        }
    }

    @Test
    void theIconIsServedAndLinkedFromEveryKindOfPage() {
        var ico = get("favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        assertThat(ico.body()).startsWith(new byte[] {0, 0, 1, 0}); // an ICO file's header
        assertThat(ico.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));

        for (var page : List.of("staff/orders.xhtml", "login.html", "track.html")) {
            browser.open(page);
            var href = (String) js("const l = document.querySelector('link[rel~=icon]'); return l ? l.href : null");
            assertThat(href).as("icon link on " + page).isNotNull();
            var icon = get(server.base().relativize(java.net.URI.create(href)).toString());
            assertThat(icon.statusCode()).as(href).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
            assertThat(icon.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        }
    }

    // ---- helpers ----

    private static Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** Shows one growl message of each severity through the page's own growl widget, as the server's would be. */
    private static void showGrowlMessages() {
        js("""
                const growl = Object.values(PrimeFaces.widgets).find(w => w instanceof PrimeFaces.widget.Growl);
                if (growl) { growl.show([{summary: 'Saved', detail: 'The order was saved', severity: 'info'},
                  {summary: 'Check', detail: 'The stock is low', severity: 'warn'},
                  {summary: 'Refused', detail: 'The order is on hold', severity: 'error'}]); }
                """);
        // measured once faded in: the growl fades its messages in from transparent
        browser.waitFor(d -> (Boolean) js(COLOURS + "const messages = [...document.querySelectorAll('.ui-growl-item-container')];"
                + "return messages.length >= 3 && messages.every(e => opacity(e) === 1);"));
    }

    /** Presses Tab from the top of the page until the focused element meets the condition on {@code el}. */
    private static WebElement tabUntil(String condition, int atMost) {
        browser.waitFor(d -> js("return document.readyState").equals("complete"));
        for (int i = 0; i < atMost; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if ((Boolean) js("const el = document.activeElement; return !!el && (" + condition + ")")) {
                return (WebElement) js("return document.activeElement");
            }
        }
        throw new AssertionError("no element with " + condition + " within " + atMost + " Tabs");
    }

    /**
     * The focused element shows an outline, or a box shadow spread wide enough, at least 2 px and
     * 3:1 against the background around the element (WCAG 2.2 focus appearance).
     */
    private static void assertFocusRingVisible(WebElement focused) {
        @SuppressWarnings("unchecked")
        var ring = (Map<String, Object>) js(COLOURS + """
                const e = document.activeElement, s = getComputedStyle(e);
                const around = background(e.parentElement);
                const rings = [];
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
                  rings.push({kind: 'outline ' + s.outlineColor, width: parseFloat(s.outlineWidth), ratio: ratio(over(parse(s.outlineColor), around), around)});
                }
                if (s.boxShadow && s.boxShadow !== 'none') {
                  for (const shadow of s.boxShadow.split(/,(?![^(]*\\))/)) {
                    const colour = parse(shadow); const sizes = shadow.replace(/rgba?\\([^)]*\\)/, '').trim().split(/\\s+/).map(parseFloat);
                    if (colour && !shadow.includes('inset')) rings.push({kind: 'shadow ' + shadow.trim(), width: sizes[3] || 0, ratio: ratio(over(colour, around), around)});
                  }
                }
                return {rings: rings, around: hex(around)};
                """);
        @SuppressWarnings("unchecked")
        var rings = (List<Map<String, Object>>) ring.get("rings");
        assertThat(rings).as("focus ring of " + focused.getAttribute("id") + " on " + ring.get("around"))
                .anySatisfy(r -> {
                    assertThat(((Number) r.get("width")).doubleValue()).as(String.valueOf(r.get("kind"))).isGreaterThanOrEqualTo(2);
                    assertThat(((Number) r.get("ratio")).doubleValue()).as(String.valueOf(r.get("kind"))).isGreaterThanOrEqualTo(3);
                });
    }

    private static HttpResponse<byte[]> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
