package org.summitgraph.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * When a browser test fails, what the browser showed: target/browser-screenshots/&lt;test&gt;.png and .html.
 * TestWatcher runs before @AfterAll, so the browser is still open.
 */
final class FailureEvidence implements TestWatcher {

    static final Path FOLDER = Path.of("target", "browser-screenshots");

    private final Supplier<ChromeDriver> driver;

    FailureEvidence(Supplier<ChromeDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver browser = driver.get();
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FOLDER);
            byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(FOLDER.resolve(name + ".png"), png);
            String source = "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource();
            Files.writeString(FOLDER.resolve(name + ".html"), source, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot of " + name + ": " + e);
        }
    }
}
