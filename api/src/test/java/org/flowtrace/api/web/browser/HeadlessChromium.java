package org.flowtrace.api.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven by Selenium through Debian's
 * ChromeDriver ({@code /usr/bin/chromedriver}), for the browser tests ({@code *BrowserIT}).
 *
 * <p>Both paths are given explicitly, so Selenium Manager never looks for or downloads a browser or a
 * driver (these machines reach no browser download site); {@code .ci/install-browser.sh} installs the
 * Debian packages during {@code ./mvnw verify}. Chromium runs as root here, hence
 * {@code --no-sandbox}; the background-networking flags keep it from calling Google's hosts, which
 * this closed network refuses. Each instance has its own empty profile folder, removed on close. The
 * browser's console is recorded ({@link #consoleErrors()}), and {@link #screenshot(String)} saves
 * {@code api/target/browser-screenshots/NAME.png}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1366,900");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** True when Debian's chromium and chromium-driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts a browser with a new empty profile. */
    public static HeadlessChromium start() {
        if (!installed()) {
            throw new IllegalStateException(
                    "Debian's chromium and chromium-driver are not installed: run .ci/install-browser.sh");
        }
        // With the driver and the browser given, Selenium Manager is never asked for either.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("flowtrace-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        var downloads = profile.resolve("downloads");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new HeadlessChromium(service, new ChromeDriver(service, options), profile, downloads);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The folder the browser saves downloads into (inside its profile, removed on close). */
    public Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait on this browser, e.g. {@code waiting(Duration.ofSeconds(10)).until(…)}. */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Saves the page as {@code api/target/browser-screenshots/NAME.png} and returns the file. */
    public Path screenshot(String name) {
        var folder = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");
        try {
            Files.createDirectories(folder);
            var file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console's entries since the last call (the log is drained by reading it). */
    public List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The console's errors since the last read: script errors, failed loads, CSP violations. */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
