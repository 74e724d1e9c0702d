package com.renewalpost.fulfilment.system;

import com.renewalpost.fulfilment.it.StaffFixture.Credentials;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (given explicitly, so that
 * Selenium Manager never downloads anything), pointed at the {@link SystemServer}. One per test
 * class; close it after.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Where screenshots of the main pages go (build output; README shows some of them). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * How often a wait looks again. Selenium's default, half a second, was waited out on most waits
     * (an AJAX update or page load takes tens of milliseconds here); a look is one or two driver calls.
     */
    public static final Duration POLLING = Duration.ofMillis(50);

    private final SystemServer server;
    private final ChromeDriver driver;

    public Browser(SystemServer server) {
        this(server, "en-GB");
    }

    /** A browser whose user prefers this language (Accept-Language). */
    public Browser(SystemServer server, String language) {
        this(server, language, null);
    }

    /**
     * A phone's browser (390 × 844 CSS pixels, touch, a phone's user agent) whose user prefers this
     * language, as Chrome's device emulation makes it.
     */
    public static Browser phone(SystemServer server, String language) {
        return new Browser(server, language, Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/126.0.0.0 Mobile Safari/537.36"));
    }

    private Browser(SystemServer server, String language, Map<String, Object> mobileEmulation) {
        this.server = server;
        this.driver = mobileEmulation == null && DESKTOP.equals(language) ? desktop()
                : start(language, mobileEmulation);
    }

    /** The language of most browsers here; the next such browser starts ahead ({@link #desktop}). */
    private static final String DESKTOP = "en-GB";
    private static final ExecutorService AHEAD = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "browser started ahead");
        thread.setDaemon(true);
        return thread;
    });
    private static CompletableFuture<ChromeDriver> next;

    /**
     * A new desktop browser in {@value #DESKTOP}. Starting Chromium and its driver takes a second or
     * two of the machine, so the next one is started at once in the background, while the test goes
     * on; it is as new as one started on the spot (nothing has been opened in it). Should that start
     * have failed, the browser is started again here, where the failure is the test's. A browser
     * started ahead and never used is closed when the test JVM ends.
     */
    private static synchronized ChromeDriver desktop() {
        if (next == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::closeTheOneAhead));
        }
        var ready = next;
        next = CompletableFuture.supplyAsync(() -> start(DESKTOP, null), AHEAD);
        if (ready != null) {
            try {
                return ready.join();
            } catch (CompletionException | CancellationException failedAhead) {
                // started again below
            }
        }
        return start(DESKTOP, null);
    }

    private static synchronized void closeTheOneAhead() {
        if (next != null) {
            var closed = next.thenAccept(ChromeDriver::quit);
            try {
                closed.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | CancellationException nothingToClose) {
                // nothing started, or it never will be
            }
        }
    }

    private static ChromeDriver start(String language, Map<String, Object> mobileEmulation) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=" + language);
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads().toAbsolutePath().toString()));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * From now on the browser comes, as far as the server can tell, from this address (the tests'
     * server trusts X-Forwarded-For from loopback): a test's own share of per-address limits.
     */
    public void comeFrom(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** From now on the browser's clock reads in this time zone (an IANA id), as a reader there would see it. */
    public void liveIn(String timeZone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
    }

    public void open(String path) {
        driver.get(server.url(path).toString());
    }

    /** Logs in through the login page, as a person would; lands on the dashboard (or {@code next}). */
    public void logIn(Credentials who) {
        open("login.html");
        driver.findElement(By.id("username")).sendKeys(who.username());
        driver.findElement(By.id("password")).sendKeys(who.password());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("login.html"));
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        // a part re-rendered by an AJAX update while being read: read it again
        return new WebDriverWait(driver, Duration.ofSeconds(30), POLLING).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (detached(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    public void waitFor(java.util.function.Predicate<WebDriver> condition) {
        waitUntil(d -> condition.test(d) ? Boolean.TRUE : null);
    }

    /** The text of the element with this id, or "" while it is absent or being replaced. */
    public String textOf(String id) {
        try {
            return driver.findElement(By.id(id)).getText();
        } catch (NoSuchElementException | StaleElementReferenceException changing) {
            return "";
        } catch (WebDriverException e) {
            if (detached(e)) {
                return "";
            }
            throw e;
        }
    }

    /**
     * Chromium sometimes reports an element replaced between finding and reading it not as stale but
     * as "unhandled inspector error: Node with given id does not belong to the document" (seen in CI).
     */
    private static boolean detached(WebDriverException e) {
        return !(e instanceof StaleElementReferenceException) && e.getMessage() != null
                && e.getMessage().contains("does not belong to the document");
    }

    /** Text of the whole page body. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the browser saves downloads for this run. */
    public static Path downloads() {
        try {
            return Files.createDirectories(Path.of("target", "system", "downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
