package nl.samenspraak;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The browsers of a browser test: before the class, {@link Chromium#assumeInstalled()} (skipped where Chromium is
 * missing, failed where {@code SAMENSPRAAK_BROWSER_TESTS=required}); during a test, {@link #open} starts headless
 * Chromium sessions, each with a profile and download folder of its own; after each test every session it opened
 * is quit and its folders removed, also when the test failed. Register it on a static field:
 * {@code @RegisterExtension static final ChromiumExtension chromium = new ChromiumExtension();}.
 */
public final class ChromiumExtension implements BeforeAllCallback, AfterEachCallback {

    private final List<Chromium.Browser> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.assumeInstalled();
    }

    /** A browser with the given window size, e.g. "1280,900". */
    public Chromium.Browser open(String windowSize) throws IOException {
        return open(windowSize, options -> { });
    }

    /** A browser with the given window size and options of its own (arguments, device emulation). */
    public Chromium.Browser open(String windowSize, Consumer<ChromeOptions> options) throws IOException {
        Chromium.Browser browser = Chromium.Browser.open(windowSize, options);
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        IOException failed = null;
        for (Chromium.Browser browser : open) {
            try {
                browser.close();
            } catch (IOException | RuntimeException e) {
                failed = failed == null ? new IOException("closing a browser", e) : failed;
            }
        }
        open.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
