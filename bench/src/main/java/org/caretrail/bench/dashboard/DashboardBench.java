package org.caretrail.bench.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Times every dashboard page to interactive (the browser's {@code domInteractive}, and {@code loadEventEnd} with
 * the chart drawn) against a running CareTrail with a population in it, signed in as each role; prints the median
 * and the worst of several loads per page, and with {@code --screenshots=DIR} saves a PNG of each page.
 *
 * <pre>
 * java -jar web/target/caretrail-web-*-exec.jar demo --caretrail.security.users[0]=quality:{noop}bench:QUALITY ...
 * ./mvnw -q -pl bench -am -DskipTests package exec:java -Dexec.mainClass=org.caretrail.bench.dashboard.DashboardBench \
 *     -Dexec.args="--url=http://127.0.0.1:8080 --password=bench --screenshots=docs/screenshots"
 * </pre>
 * The users {@code quality}, {@code compliance}, {@code case-manager} and {@code admin} must share the password.
 */
public final class DashboardBench {

    private static final int LOADS = 7;

    private final ChromeDriver driver;
    private final String url;
    private final String password;
    private final Path screenshots;
    private final Map<String, long[]> timings = new LinkedHashMap<>();

    private DashboardBench(ChromeDriver driver, String url, String password, Path screenshots) {
        this.driver = driver;
        this.url = url;
        this.password = password;
        this.screenshots = screenshots;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("="))
                .forEach(arg -> options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
        Path profile = Files.createTempDirectory("caretrail-bench-chromium-");
        ChromeOptions chrome = new ChromeOptions().setBinary(options.getOrDefault("chromium", "/usr/bin/chromium"));
        chrome.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + options.getOrDefault("window", "1366,900"), "--hide-scrollbars",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(options.getOrDefault("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, chrome);
        Path shots = options.containsKey("screenshots") ? Path.of(options.get("screenshots")) : null;
        if (shots != null) {
            Files.createDirectories(shots);
        }
        try {
            new DashboardBench(driver, options.getOrDefault("url", "http://127.0.0.1:8080"),
                    options.getOrDefault("password", "bench"), shots).run(options);
        } finally {
            driver.quit();
        }
    }

    private void run(Map<String, String> options) throws IOException {
        LocalDate today = LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString()));
        String facility = options.getOrDefault("facility", "F-NY-MAIN");
        String from = today.withDayOfMonth(1).minusMonths(11).toString();
        String to = today.minusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1).toString();

        signIn("quality");
        String readmissions = "/app/readmissions?measure=ACUTE_30&facilityId=" + facility + "&from=" + from + "&to=" + to;
        page("readmissions", readmissions);
        String month = driver.findElements(By.cssSelector("#rates tbody tr")).stream()
                .filter(row -> !"0".equals(row.getAttribute("data-readmitted")))
                .map(row -> row.getAttribute("data-month")).reduce((first, second) -> second).orElseThrow();
        page("readmissions-month", readmissions + "&month=" + month + "&outcome=READMITTED#index-stays");
        String patient = attributeOf("#index-stays a[href^='/app/patients/']", "href");
        page("patient", path(patient));
        String episode = attributeOf("#stays tr a[href^='/app/episodes/']", "href");
        page("episodes", "/app/episodes?facilityId=" + facility);
        signOut();

        signIn("compliance");
        page("episode", path(episode));
        page("compliance", "/app/compliance?facilityId=" + facility + "&from=" + today.withDayOfMonth(1).minusMonths(2)
                + "&to=" + today);
        WebElement cell = driver.findElement(By.cssSelector("#report a[data-status='MISSED'], #report a[data-status]"));
        page("compliance-cell", path(cell.getAttribute("href")));
        page("access-log", "/app/access-log");
        signOut();

        signIn("case-manager");
        page("worklist", "/app/worklist?facilityId=" + facility);
        signOut();

        signIn("admin");
        page("operations", "/app/operations");
        signOut();

        System.out.println();
        System.out.printf("Dashboard pages to interactive on %s, %d loads each, ms (median / worst):%n", url, LOADS);
        timings.forEach((name, values) -> System.out.printf("  %-18s domInteractive %5d / %5d   load %5d / %5d%n",
                name, values[0], values[1], values[2], values[3]));
    }

    /** Loads a page several times; the first load is a warm-up and is not counted. */
    /**
     * Loads the page LOADS times and keeps the browser's timing of each. A path with a fragment ({@code #rows}) is
     * timed without it, since loading the same URL with a fragment again only scrolls and times nothing; the
     * screenshot is taken with it, scrolled where a click would land.
     */
    private void page(String name, String path) throws IOException {
        String timed = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        driver.get(url + timed);
        List<Long> interactive = new ArrayList<>();
        List<Long> loaded = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            driver.get(url + timed);
            Map<?, ?> timing = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                    "const t = performance.getEntriesByType('navigation')[0];"
                            + "return {interactive: t.domInteractive, load: t.loadEventEnd};");
            interactive.add(((Number) timing.get("interactive")).longValue());
            loaded.add(((Number) timing.get("load")).longValue());
        }
        timings.put(name, new long[] {median(interactive), max(interactive), median(loaded), max(loaded)});
        if (screenshots != null) {
            if (!timed.equals(path)) {
                driver.get(url + path);
            }
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    private void signIn(String user) {
        driver.get(url + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in button")).click();
        if (driver.findElements(By.id("sign-out")).isEmpty()) {
            throw new IllegalStateException(user + " could not sign in at " + url);
        }
    }

    private void signOut() {
        driver.findElement(By.cssSelector("#sign-out button")).click();
    }

    private String attributeOf(String css, String attribute) {
        return driver.findElement(By.cssSelector(css)).getAttribute(attribute);
    }

    private String path(String href) {
        return href.startsWith(url) ? href.substring(url.length()) : href;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
