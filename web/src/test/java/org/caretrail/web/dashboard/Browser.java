package org.caretrail.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile per browser. A machine without
 * them fails the test with what to install: browser tests are never skipped quietly.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("caretrail.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("caretrail.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's headless Chromium at " + CHROMIUM
                    + " and its driver at " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver"
                    + " (.ci/run installs them when missing).");
        }
        try {
            profile = Files.createTempDirectory("caretrail-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        base = "http://127.0.0.1:" + port;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String path() {
        return url().substring(base.length());
    }

    void signIn(String user) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-password");
        driver.findElement(By.cssSelector("form.sign-in button")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    void signOut() {
        driver.findElement(By.cssSelector("#sign-out button")).click();
        await(ExpectedConditions.urlContains("/login"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().trim();
    }

    String heading() {
        return text("h1");
    }

    <T> T await(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** The page's JavaScript errors and failed loads since the last call, as the browser console logged them. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    byte[] screenshot() {
        return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /**
     * Keeps what the browser showed when a test failed, under {@code target/browser-failures}: a screenshot and the
     * page's HTML, named after the test, so a red CI run can be read without running it again.
     */
    static org.junit.jupiter.api.extension.TestWatcher keepFailures(java.util.function.Supplier<Browser> browser) {
        return new org.junit.jupiter.api.extension.TestWatcher() {
            @Override
            public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
                Browser current = browser.get();
                if (current == null) {
                    return;
                }
                Path folder = Path.of("target", "browser-failures");
                String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                        .replaceAll("[^A-Za-z0-9]", "");
                try {
                    Files.createDirectories(folder);
                    Files.write(folder.resolve(name + ".png"), current.screenshot());
                    Files.writeString(folder.resolve(name + ".html"), current.path() + "\n"
                            + current.driver.getPageSource());
                } catch (IOException | RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        };
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
