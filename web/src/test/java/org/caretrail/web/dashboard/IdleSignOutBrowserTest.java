package org.caretrail.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A person who leaves the dashboard alone is signed out: by the page itself, and by the server without it. */
@ApiTest
@TestPropertySource(properties = "caretrail.dashboard.idle-timeout=PT3S")
class IdleSignOutBrowserTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theOpenPageSignsOutAfterTheIdleTimeout() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("compliance");
            browser.open("/app/access-log");

            browser.await(ExpectedConditions.urlContains("/login?idle"));
            assertThat(browser.text("p.notice")).contains("signed out after a period without use");

            browser.open("/app/access-log");
            assertThat(browser.path()).startsWith("/login");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theServerEndsAnIdleSessionEvenWhenBackgroundRefreshesKeepComing() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = get(http, "/login", false).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=case-manager&password=case-manager-password&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(get(http, "/app/worklist", false).statusCode()).isEqualTo(200);

        long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        while (System.nanoTime() < until) {
            // answered until the timeout, then refused (401) or, with no session left, sent to sign in
            assertThat(get(http, "/app/worklist/rows", true).statusCode()).isIn(200, 401, 302);
            Thread.sleep(500);
        }
        HttpResponse<String> after = get(http, "/app/worklist", false);

        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    private HttpResponse<String> get(HttpClient http, String path, boolean background)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (background) {
            request.header(IdleSignOut.BACKGROUND, "1");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
