package org.caretrail.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.web.dashboard.DashboardData.AS_OF;
import static org.caretrail.web.dashboard.DashboardData.AS_OF_INSTANT;
import static org.caretrail.web.dashboard.DashboardData.FROM;
import static org.caretrail.web.dashboard.DashboardData.TO;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role signs in to real headless Chromium and does its day's work; every figure a page shows is compared with
 * what the API answers for the same data set, and no page logs a JavaScript error.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    @LocalServerPort
    int port;
    Api api;
    DashboardData data;
    Browser browser;
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher failures = Browser.keepFailures(() -> browser);

    @BeforeAll
    void seedAndStart() {
        api = new Api(port);
        data = new DashboardData().seed(api);
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void noJavaScriptErrors() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void aQualityAnalystSeesTheRatesTheApiGivesAndDrillsDownToThePatient() {
        browser.signIn("quality");
        assertThat(navigation()).containsExactly("Readmissions", "Episodes");

        browser.find("nav a[href='/app/readmissions']").click();
        browser.open("/app/readmissions?measure=ACUTE_30&facilityId=" + data.facility + "&from=" + FROM + "&to=" + TO
                + "&asOf=" + AS_OF);
        JsonNode series = api.get("/api/v1/readmissions/rates?facilityId=" + data.facility + "&from=" + FROM + "&to="
                + TO + "&asOf=" + AS_OF_INSTANT).json();
        List<WebElement> months = browser.all("#rates tbody tr");
        assertThat(months).hasSize(series.get("items").size());
        for (int i = 0; i < months.size(); i++) {
            JsonNode month = series.get("items").get(i);
            WebElement row = months.get(i);
            assertThat(row.getAttribute("data-month")).isEqualTo(month.get("month").asText());
            assertThat(cell(row, "readmitted")).isEqualTo(month.get("readmitted").asText());
            assertThat(cell(row, "notReadmitted")).isEqualTo(month.get("notReadmitted").asText());
            assertThat(cell(row, "pending")).isEqualTo(month.get("pending").asText());
        }
        assertThat(cell(months.get(0), "rate")).isEqualTo("50.0%");
        JsonNode rate = api.get("/api/v1/readmissions/rate?facilityId=" + data.facility + "&from=" + FROM + "&to=" + TO
                + "&asOf=" + AS_OF_INSTANT).json();
        assertThat(browser.text("#period-total [data-field=readmitted]")).isEqualTo(rate.get("readmitted").asText());
        assertThat(browser.text("#period-total [data-field=notReadmitted]")).isEqualTo(rate.get("notReadmitted").asText());
        assertThat(browser.find("#rate-chart").getSize().getHeight()).as("the chart is drawn").isPositive();

        browser.find("#rates tbody tr[data-month='2026-03'] a").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("index-stays")));
        JsonNode march = api.get("/api/v1/readmissions/index-stays?facilityId=" + data.facility
                + "&from=2026-03-01&to=2026-03-31&asOf=" + AS_OF_INSTANT).json();
        assertThat(rowIds("#index-stays tbody tr", "data-episode"))
                .containsExactlyElementsOf(march.get("items").findValuesAsText("episodeId"));
        assertThat(browser.text("#index-stays [data-field=total]")).isEqualTo(march.get("total").asText());

        browser.find("#index-stays tr[data-episode='" + data.indexStay + "'] a[href^='/app/patients/']").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(browser.heading()).isEqualTo("Patient " + data.patient);
        JsonNode timeline = api.get("/api/v1/patients/" + data.patient + "/timeline?asOf=" + AS_OF_INSTANT).json();
        for (JsonNode stay : timeline.get("stays")) {
            WebElement row = browser.find("#stays tr[data-episode='" + stay.get("episodeId").asText() + "']");
            assertThat(cell(row, "indexStay")).isEqualTo(stay.get("indexStay").asBoolean() ? "yes" : "no");
            if (stay.has("daysToReadmission")) {
                assertThat(cell(row, "days")).isEqualTo(stay.get("daysToReadmission").asText());
            }
        }
        assertThat(browser.all("#timeline rect.stay")).hasSize(timeline.get("stays").size() + 1);
        assertThat(browser.all("#timeline rect.stay.cancelled")).hasSize(1);
        assertThat(browser.all("#timeline path.readmission")).hasSize(1);
        assertThat(browser.text("#timeline text.days")).isEqualTo("15 d");
        assertThat(browser.find("#stays tr.cancelled").getAttribute("data-episode")).isEqualTo(data.cancelled);

        browser.find("#stays tr[data-episode='" + data.readmission + "'] a").click();
        browser.await(ExpectedConditions.textToBe(By.tagName("h1"), "Episode " + data.readmission));
        assertThat(browser.text("[data-field=status]")).isEqualTo("Discharged");
        assertThat(browser.all("#audit")).as("the audit trail is for compliance officers").isEmpty();
    }

    @Test
    void anEpisodeIsFoundWithoutKnowingItsId() {
        browser.signIn("compliance");

        browser.open("/app/episodes?facilityId=" + data.facility + "&patientId=" + data.patient);

        JsonNode episodes = api.get("/api/v1/episodes?facilityId=" + data.facility + "&patientId=" + data.patient).json();
        assertThat(rowIds("#episodes tbody tr", "data-episode"))
                .containsExactlyElementsOf(episodes.get("items").findValuesAsText("episodeId"));
        assertThat(browser.text("#episodes [data-field=total]")).isEqualTo(episodes.get("total").asText());
        assertThat(browser.find("#episodes tr[data-episode='" + data.cancelled + "']").getAttribute("class"))
                .contains("cancelled");
        browser.find("#episodes tr[data-episode='" + data.indexStay + "'] a").click();
        browser.await(ExpectedConditions.textToBe(By.tagName("h1"), "Episode " + data.indexStay));
    }

    @Test
    void anEpisodesTimesAreShownInItsFacilitysZone() {
        // F-NY is configured in America/New_York (application-test.yml): winter EST, summer EDT
        String episode = api.admit("P-ZONE-" + java.util.UUID.randomUUID(), "F-NY", "INPATIENT",
                "2026-01-15T14:30:00Z");
        Api.Response discharged = api.post("/api/v1/episodes/" + episode + "/discharge",
                "{\"disposition\":\"01\",\"dischargedAt\":\"2026-07-20T16:00:00Z\"}").expectSuccess();
        api.readAfter("/api/v1/episodes/" + episode, discharged);
        browser.signIn("compliance");

        browser.open("/app/episodes/" + episode);

        assertThat(definition("Admitted")).isEqualTo("2026-01-15 09:30 EST");
        assertThat(definition("Discharged")).isEqualTo("2026-07-20 12:00 EDT");
    }

    private String definition(String term) {
        return browser.driver().findElement(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"))
                .getText();
    }

    @Test
    void aQualityAnalystIsRefusedAnotherRolesPages() {
        browser.signIn("quality");

        for (String page : new String[] {"/app/worklist", "/app/compliance", "/app/access-log", "/app/operations"}) {
            assertRefused(page);
        }
    }

    @Test
    void aComplianceOfficerOpensAReportCellsClocksAndTheAuditTrail() {
        browser.signIn("compliance");
        assertThat(navigation()).containsExactly("Episodes", "Compliance", "Access log");

        browser.open("/app/compliance?facilityId=" + data.facility + "&from=" + FROM + "&to=" + TO + "&asOf=" + AS_OF);
        JsonNode report = api.get("/api/v1/compliance/report?facilityId=" + data.facility + "&from=" + FROM + "&to="
                + TO + "&asOf=" + AS_OF_INSTANT).json();
        assertThat(report.get("counts")).isNotEmpty();
        for (JsonNode count : report.get("counts")) {
            String month = count.hasNonNull("month") ? count.get("month").asText() : "none";
            WebElement badge = browser.find("#report tr[data-clock='" + count.get("clock").asText() + "'] td[data-month='"
                    + month + "'] a[data-status='" + count.get("status").asText() + "']");
            assertThat(badge.getAttribute("data-count")).as(count.toString()).isEqualTo(count.get("count").asText());
        }

        browser.find("#report tr[data-clock='IMM_INITIAL'] td[data-month='2026-03'] a[data-status='MET']").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("cell-clocks")));
        JsonNode clocks = api.get("/api/v1/compliance/clocks?facilityId=" + data.facility
                + "&clock=IMM_INITIAL&status=MET&from=2026-03-01&to=2026-03-31&asOf=" + AS_OF_INSTANT).json();
        assertThat(rowIds("#cell-clocks tbody tr", "data-episode"))
                .containsExactlyElementsOf(clocks.get("items").findValuesAsText("episodeId"));

        browser.find("#cell-clocks tr[data-episode='" + data.indexStay + "'] a").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
        JsonNode audit = api.get("/api/v1/episodes/" + data.indexStay + "/audit").json();
        assertThat(browser.all("#audit tbody tr")).hasSize(audit.get("entries").size());
        assertThat(browser.all("#audit tbody tr.correction")).hasSize(1);
        assertThat(browser.find("#audit tbody tr.correction").getText()).contains("DischargeCancelledEvent");
        assertThat(browser.all("#clocks tbody tr")).hasSize(
                api.get("/api/v1/episodes/" + data.indexStay + "/compliance").json().get("clocks").size());

        browser.open("/app/compliance");
        browser.find("form.verify button").click();
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
        assertThat(browser.text("#verification [data-field=status]")).isEqualTo("OK");
        // the pages just read were logged, and the access log's chain verifies with them
        assertThat(browser.text("#logs tr[data-log=access_log] .badge")).isEqualTo("OK");
        assertThat(Long.parseLong(browser.text("#logs tr[data-log=access_log] td:nth-child(3)"))).isPositive();
        assertThat(browser.text("#logs tr[data-log=security_log] .badge")).isEqualTo("OK");
    }

    @Test
    void aComplianceOfficerSearchesTheAccessLog() {
        browser.signIn("quality");
        browser.open("/app/patients/" + data.otherPatient);
        browser.signOut();
        browser.signIn("compliance");

        browser.open("/app/access-log?user=quality&patientId=" + data.otherPatient);

        assertThat(browser.all("#sign-out")).as("the page knows who is signed in").hasSize(1);
        JsonNode log = api.get("/api/v1/access-log?user=quality&patientId=" + data.otherPatient).json();
        assertThat(log.get("total").asLong()).isPositive();
        assertThat(browser.text("#access-log [data-field=total]")).isEqualTo(log.get("total").asText());
        assertThat(browser.find("#access-log tbody").getText()).contains("GET /app/patients/" + data.otherPatient);
        assertThat(browser.find("a.csv").getAttribute("href")).contains("/app/access-log.csv");
    }

    @Test
    void aCaseManagerWorksTheWorklistOverdueFirstAndSeesNewClocksWithoutReloading() {
        browser.signIn("case-manager");
        assertThat(navigation()).containsExactly("Episodes", "Worklist");

        browser.open("/app/worklist?facilityId=" + data.facility);
        JsonNode worklist = api.get("/api/v1/compliance/worklist?facilityId=" + data.facility).json();
        List<String> expected = new ArrayList<>(new java.util.LinkedHashSet<>(
                worklist.get("items").findValuesAsText("episodeId")));
        assertThat(new java.util.LinkedHashSet<>(rowIds("#worklist-rows tr", "data-episode")))
                .containsExactlyInAnyOrderElementsOf(expected);
        WebElement first = browser.find("#worklist-rows tr");
        assertThat(first.getAttribute("class")).contains("overdue");
        assertThat(first.getAttribute("data-episode")).isEqualTo(data.overdue);

        browser.open("/app/worklist?facilityId=" + data.facility + "&caseManagerId=CM-DASH");
        assertThat(new java.util.HashSet<>(rowIds("#worklist-rows tr", "data-episode"))).containsExactly(data.open);

        browser.open("/app/worklist?facilityId=" + data.facility);
        String later = api.admit("P-DASH-LATER", data.facility, "INPATIENT",
                java.time.Instant.now().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        browser.await(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#worklist-rows tr[data-episode='" + later + "']")));

        for (String page : new String[] {"/app/compliance", "/app/access-log", "/app/readmissions", "/app/operations"}) {
            assertRefused(page);
        }
    }

    @Test
    void aLongWorklistShowsFiftyRowsAPageLetsTheCaseManagerMoveOnAndRefreshesThePageShown() {
        String facility = "F-DASH-LONG-" + java.util.UUID.randomUUID();
        String admittedAt = java.time.Instant.now().minusSeconds(900).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        String episode = null;
        for (int i = 0; i < 26; i++) {
            episode = api.admit("P-LONG-" + i, facility, "INPATIENT", admittedAt);
        }
        Api.Response barrier = api.post("/api/v1/episodes/" + episode + "/case-manager", """
                {"caseManagerId":"CM-LONG","effectiveAt":"%s"}""".formatted(admittedAt));
        barrier.expectSuccess();
        JsonNode whole = api.readAfter("/api/v1/compliance/worklist?size=500&facilityId=" + facility, barrier);
        long total = whole.get("total").asLong();
        assertThat(total).as(whole.toString()).isGreaterThan(50).isLessThanOrEqualTo(100);

        browser.signIn("case-manager");
        browser.open("/app/worklist?facilityId=" + facility);
        List<String> first = rowIds("#worklist-rows tr", "data-episode");
        assertThat(first).hasSize(50);
        assertThat(browser.text("#worklist-pager")).contains(total + " clocks").contains("Page 1 of 2");

        browser.find("#worklist-pager a[rel=next]").click();
        browser.await(ExpectedConditions.urlContains("page=1"));
        List<String> second = rowIds("#worklist-rows tr", "data-episode");
        assertThat(second).hasSize((int) total - 50);
        assertThat(browser.text("#worklist-pager")).contains("Page 2 of 2");
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(new java.util.HashSet<>(both))
                .isEqualTo(new java.util.HashSet<>(whole.get("items").findValuesAsText("episodeId")));

        api.admit("P-LONG-LATER", facility, "INPATIENT", admittedAt);
        long grown = total + (total / 26);
        browser.await(driver -> {
            try { // the refresh swaps the footer, so one read may hold the one just replaced
                return driver.findElement(By.id("worklist-pager")).getText().contains(grown + " clocks");
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
        assertThat(browser.text("#worklist-pager")).contains("Page 2 of 2");
        assertThat(rowIds("#worklist-rows tr", "data-episode")).hasSize((int) grown - 50);
    }

    @Test
    void aWorklistNarrowedByClockAndCaseManagerCountsAndPagesOnlyTheClocksKept() {
        String facility = "F-DASH-NARROW-" + java.util.UUID.randomUUID();
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            overdue.add(api.admit("P-NARROW-LATE-" + i, facility, "INPATIENT", now.minus(java.time.Duration.ofDays(5))
                    .plusSeconds(i).toString()));
        }
        String open = null;
        for (int i = 0; i < 51; i++) {
            open = api.admit("P-NARROW-" + i, facility, "INPATIENT", now.minusSeconds(900 + i).toString());
        }
        api.post("/api/v1/episodes/" + overdue.get(1) + "/case-manager", """
                {"caseManagerId":"CM-NARROW","effectiveAt":"%s"}""".formatted(now.minusSeconds(60))).expectSuccess();
        Api.Response barrier = api.post("/api/v1/episodes/" + open + "/case-manager", """
                {"caseManagerId":"CM-NARROW","effectiveAt":"%s"}""".formatted(now.minusSeconds(60)));
        barrier.expectSuccess();
        String imm = "/api/v1/compliance/worklist?facilityId=" + facility + "&clock=IMM_INITIAL";
        JsonNode firstFifty = api.readAfter(imm, barrier);
        assertThat(firstFifty.get("total").asLong()).isEqualTo(54);

        browser.signIn("case-manager");
        browser.open("/app/worklist?facilityId=" + facility + "&clock=IMM_INITIAL");
        WorklistLook page = worklistLook();
        assertThat(page.episodes()).isEqualTo(firstFifty.get("items").findValuesAsText("episodeId"));
        // the overdue three first (due the same instant, so in episode id order)
        assertThat(page.episodes().subList(0, 3)).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(page.overdue()).containsExactlyInAnyOrderElementsOf(overdue);
        assertThat(page.clocks()).hasSize(50).containsOnly("IMM_INITIAL");
        assertThat(page.pager()).contains("54 clocks").contains("Page 1 of 2");
        assertThat(browser.find("#worklist-pager a[rel=next]").getAttribute("href")).contains("clock=IMM_INITIAL");

        // a page past the end shows the last
        browser.open("/app/worklist?facilityId=" + facility + "&clock=IMM_INITIAL&page=9");
        WorklistLook last = worklistLook();
        assertThat(last.pager()).contains("54 clocks").contains("Page 2 of 2");
        assertThat(last.episodes()).hasSize(4)
                .isEqualTo(api.get(imm + "&page=1").json().get("items").findValuesAsText("episodeId"));

        browser.open("/app/worklist?facilityId=" + facility + "&caseManagerId=CM-NARROW");
        WorklistLook theirs = worklistLook();
        assertThat(theirs.clocks()).containsExactly("IMM_INITIAL", "IMM_INITIAL", "IMM_FOLLOW_UP", "IMM_FOLLOW_UP");
        assertThat(theirs.episodes().subList(0, 2)).containsExactly(overdue.get(1), open);
        assertThat(theirs.overdue()).containsExactly(overdue.get(1));
        assertThat(theirs.pager()).contains("4 clocks").doesNotContain("Page");

        browser.open("/app/worklist?facilityId=" + facility + "&caseManagerId=CM-NARROW&clock=IMM_FOLLOW_UP");
        WorklistLook both = worklistLook();
        assertThat(both.episodes()).containsExactlyInAnyOrder(overdue.get(1), open);
        assertThat(both.pager()).contains("2 clocks");
    }

    /** The worklist's rows and pager at one moment. */
    private record WorklistLook(List<String> episodes, List<String> clocks, List<String> overdue, String pager) {
    }

    /** Read in one script: the page swaps its rows and pager at every refresh, so element by element may go stale. */
    @SuppressWarnings("unchecked")
    private WorklistLook worklistLook() {
        browser.find("#worklist-pager");
        java.util.Map<String, Object> look = (java.util.Map<String, Object>)
                browser.driver().executeScript("""
                        const rows = Array.from(document.querySelectorAll('#worklist-rows tr[data-episode]'));
                        return {
                          episodes: rows.map(row => row.dataset.episode),
                          clocks: rows.map(row => row.dataset.clock),
                          overdue: rows.filter(row => row.classList.contains('overdue')).map(row => row.dataset.episode),
                          pager: document.getElementById('worklist-pager').innerText
                        };""");
        return new WorklistLook((List<String>) look.get("episodes"), (List<String>) look.get("clocks"),
                (List<String>) look.get("overdue"), (String) look.get("pager"));
    }

    @Test
    void anAdministratorSeesTheProjectionsAndRebuildsOne() {
        browser.signIn("admin");
        assertThat(navigation()).containsExactly("Operations");

        browser.open("/app/operations");
        JsonNode projections = api.get("/api/v1/admin/projections").json();
        assertThat(rowIds("#projection-rows tr", "data-projection"))
                .containsExactlyElementsOf(projections.get("items").findValuesAsText("name"));

        browser.find("#projection-rows tr[data-projection='episode-view'] button").click();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
                "Rebuilding episode-view"));
        browser.await(driver -> {
            browser.open("/app/operations");
            WebElement row = browser.find("#projection-rows tr[data-projection='episode-view']");
            return cell(row, "lag").equals("0") ? row : null;
        });
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        browser.signIn("admin");
        browser.open("/app/operations");

        browser.driver().executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/logout';
                document.body.appendChild(form);
                form.submit();""");
        browser.await(ExpectedConditions.textToBe(By.tagName("h1"), "Not allowed"));
        assertThat(browser.consoleErrors()).allSatisfy(error -> assertThat(error).contains("/logout", "403"));

        browser.open("/");
        assertThat(browser.heading()).as("still signed in").isEqualTo("Welcome, admin");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("compliance");
        browser.signOut();

        browser.open("/app/compliance");

        assertThat(browser.path()).startsWith("/login");
    }

    /** The page answers 403 with the refusal page; the browser logs the 403 of the document, nothing else. */
    private void assertRefused(String page) {
        browser.open(page);
        assertThat(browser.heading()).as(page).isEqualTo("Not allowed");
        assertThat(browser.consoleErrors()).as(page).allSatisfy(error -> assertThat(error).contains(page, "403"));
    }

    private List<String> navigation() {
        return browser.all("header nav a").stream().map(WebElement::getText).toList();
    }

    private List<String> rowIds(String rows, String attribute) {
        return browser.all(rows).stream().map(row -> row.getAttribute(attribute)).toList();
    }

    private static String cell(WebElement row, String field) {
        return row.findElement(By.cssSelector("[data-field='" + field + "']")).getText().trim();
    }
}
