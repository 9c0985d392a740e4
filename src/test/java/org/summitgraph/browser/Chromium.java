package org.summitgraph.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Debian's headless Chromium driven through its own chromedriver, so that Selenium Manager downloads nothing
 * (the machine reaches no site but the package registries). Each run gets a fresh profile folder.
 */
final class Chromium implements AutoCloseable {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Stops the tests when the browser is not installed: on CI (the CI variable set) they fail, since CI must
     * install it; on a developer's machine they are skipped with the command that installs it.
     */
    static void requireInstalled() {
        List<File> missing = Stream.of(BROWSER, DRIVER).filter(f -> !f.canExecute()).toList();
        if (!missing.isEmpty()) {
            String message = "Browser tests need " + missing + "; install them with: " + INSTALL;
            if (System.getenv("CI") != null) {
                fail("CI must install the browser: " + message);
            }
            // Surefire reports a class aborted in @BeforeAll as zero tests, without the reason: say it here
            System.err.println("SKIPPED BrowserIT: " + message);
            abort(message);
        }
    }

    static Chromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("summitgraph-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        // the interface's language follows Accept-Language: pin it, whatever the machine's locale
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile left in the temp folder harms nothing
            }
        }
    }
}
