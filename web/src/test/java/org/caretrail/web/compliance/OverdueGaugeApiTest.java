package org.caretrail.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** The overdue gauges as a dashboard scrapes them (Spring Boot tests turn exporters off unless asked). */
@ApiTest
class OverdueGaugeApiTest {

    private static final Pattern IMM_INITIAL_OVERDUE = Pattern.compile(
            "(?m)^caretrail_compliance_overdue\\{[^}]*clock=\"IMM_INITIAL\"[^}]*} (\\S+)$");

    private final Api api;

    OverdueGaugeApiTest(Api api) {
        this.api = api;
    }

    @Test
    void theOverdueGaugeCountsAnInitialNoticeThatIsOverdueNow() {
        double before = overdueInitialNotices();
        String id = api.admit("P-" + UUID.randomUUID(), "F-GAUGE", "INPATIENT", "2026-01-05T10:00:00Z");
        Response transferred = api.post("/api/v1/episodes/" + id + "/transfers", """
                {"toUnit":"5E","effectiveAt":"2026-01-05T12:00:00Z"}""");
        assertThat(transferred.status()).as(transferred.toString()).isBetween(200, 299);
        // waits for the read model to take in the admission
        assertThat(api.getAfter("/api/v1/episodes/" + id + "/compliance", transferred).status()).isEqualTo(200);

        assertThat(overdueInitialNotices()).isEqualTo(before + 1);
    }

    @Test
    void everyClockHasItsGauge() {
        String scrape = api.get("/actuator/prometheus").body();

        for (String clock : new String[] {"IMM_INITIAL", "IMM_FOLLOW_UP", "MOON", "TCM_CONTACT",
                "OBSERVATION_48H", "REFERRAL_RESPONSE", "POST_ACUTE_CHOICE"}) {
            assertThat(scrape).containsPattern("(?m)^caretrail_compliance_overdue\\{[^}]*clock=\"" + clock
                    + "\"[^}]*} \\d");
        }
    }

    private double overdueInitialNotices() {
        Response scrape = api.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Matcher matcher = IMM_INITIAL_OVERDUE.matcher(scrape.body());
        assertThat(matcher.find()).as("gauge in %s", scrape.body()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
