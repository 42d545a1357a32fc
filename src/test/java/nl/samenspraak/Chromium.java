package nl.samenspraak;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium for the browser tests: never a downloaded browser or driver (Selenium Manager
 * is bypassed by naming both), and no background networking, which this machine's closed network refuses.
 */
public final class Chromium {

    private static final File BINARY = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** One headless browser with a profile and a download folder of its own, both removed on closing. */
    public record Browser(WebDriver driver, Path profile, Path downloads) implements AutoCloseable {

        /** Starts a browser with the given window size, e.g. "1280,900"; downloads land in {@link #downloads()}. */
        public static Browser open(String windowSize) throws IOException {
            return open(windowSize, options -> { });
        }

        /** As {@link #open(String)}, with options of the test's own added (arguments, device emulation). */
        public static Browser open(String windowSize, Consumer<ChromeOptions> extra) throws IOException {
            Path profile = Files.createTempDirectory("samenspraak-chrome-");
            Path downloads = Files.createTempDirectory("samenspraak-downloads-");
            try {
                ChromeOptions options = downloadingTo(options(profile, windowSize), downloads);
                extra.accept(options);
                return new Browser(start(options), profile, downloads);
            } catch (RuntimeException e) {
                delete(profile);
                delete(downloads);
                throw e;
            }
        }

        /** The first finished download whose name ends so (".md"), or null while there is none. */
        public Path downloaded(String ending) {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(ending))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                delete(profile);
                delete(downloads);
            }
        }
    }

    /**
     * Skips the test, saying why, where Chromium is not installed; fails it instead where the environment
     * variable {@code SAMENSPRAAK_BROWSER_TESTS=required} says they must run (CI sets it).
     */
    public static void assumeInstalled() {
        boolean installed = BINARY.canExecute() && DRIVER.canExecute();
        String why = "browser test needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)";
        if ("required".equals(System.getenv("SAMENSPRAAK_BROWSER_TESTS"))) {
            org.junit.jupiter.api.Assertions.assertTrue(installed, why);
        }
        Assumptions.assumeTrue(installed, why);
    }

    /** Headless options with a profile of its own and the given window size, e.g. "1280,900". */
    public static ChromeOptions options(Path profile, String windowSize) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + windowSize, "--user-data-dir=" + profile);
        // The console of every page, for assertQuietConsole.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    /**
     * Fails when a page logged a problem in the browser's console since the last look: an exception, an error
     * or warning of its own, or a request the server refused. A test that provokes a failure on purpose names
     * it by a part of its message ({@code "status of 422"}); a 403 never is one to expect, since every page
     * sends the CSRF token the server accepts with its first change.
     */
    public static void assertQuietConsole(WebDriver driver, String... provoked) {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean problem = entry.getLevel().intValue() >= Level.WARNING.intValue() || message.contains(" 403");
            boolean expected = Arrays.stream(provoked).anyMatch(message::contains) && !message.contains(" 403");
            if (problem && !expected) {
                problems.add(entry.getLevel() + " " + message);
            }
        }
        assertThat(problems).as("what the pages logged in the console").isEmpty();
    }

    /** Downloads go to the folder without asking. */
    public static ChromeOptions downloadingTo(ChromeOptions options, Path folder) {
        options.setExperimentalOption("prefs", Map.of("download.default_directory", folder.toString(),
                "download.prompt_for_download", false));
        return options;
    }

    public static WebDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait that also tries again when an element it read was replaced meanwhile: pages redraw parts of
     * themselves (a language switch, a new room view), so an element found a moment ago may be gone.
     */
    public static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Removes a profile or download folder and everything in it. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
