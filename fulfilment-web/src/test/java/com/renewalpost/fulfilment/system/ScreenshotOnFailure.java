package com.renewalpost.fulfilment.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.function.Supplier;

/** Keeps what the browser showed when a test failed: target/screenshots/failed-{class}-{test}.png and its text. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<Browser> browser;

    ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        var current = browser.get();
        if (current != null) {
            try {
                var name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName();
                current.screenshot(name);
                java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve(name + ".txt"),
                        current.driver().getCurrentUrl() + "\n\n" + current.pageText());
            } catch (java.io.IOException e) {
                cause.addSuppressed(e);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
