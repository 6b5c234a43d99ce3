package org.caretrail.web.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;

/**
 * A small data set seeded through the API for the browser tests: in one fresh facility, a readmission in March, a
 * stay in April, a cancelled admission, a corrected discharge, and two open clocks today (one overdue).
 */
final class DashboardData {

    static final String FROM = "2026-03-01";
    static final String TO = "2026-04-30";
    static final String AS_OF = "2026-06-10";
    /** The asOf date as the pages read it: the end of that day. */
    static final String AS_OF_INSTANT = "2026-06-11T00:00:00Z";

    final String facility = "F-DASH-" + UUID.randomUUID().toString().substring(0, 8);
    final String patient = "P-DASH-" + UUID.randomUUID().toString().substring(0, 8);
    final String otherPatient = "P-DASH-" + UUID.randomUUID().toString().substring(0, 8);
    String indexStay;
    String readmission;
    String aprilStay;
    String cancelled;
    String overdue;
    String open;
    Response last;

    DashboardData seed(Api api) {
        indexStay = api.admit(patient, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        ok(api.post("/api/v1/episodes/" + indexStay + "/notices",
                "{\"notice\":\"IMM\",\"outcome\":\"SIGNED\",\"deliveredAt\":\"2026-03-01T12:00:00Z\"}"));
        api.discharge(indexStay, "2026-03-04T10:00:00Z", "01");
        ok(api.post("/api/v1/episodes/" + indexStay + "/discharge-cancellation",
                "{\"reason\":\"entered on the wrong patient chart\",\"effectiveAt\":\"2026-03-04T11:00:00Z\"}"));
        api.discharge(indexStay, "2026-03-05T10:00:00Z", "01");
        readmission = api.admit(patient, facility, "INPATIENT", "2026-03-20T10:00:00Z");
        api.discharge(readmission, "2026-03-25T10:00:00Z", "01");
        cancelled = api.admit(patient, facility, "OBSERVATION", "2026-04-10T10:00:00Z");
        ok(api.post("/api/v1/episodes/" + cancelled + "/cancellation", "{\"reason\":\"duplicate registration\"}"));
        aprilStay = api.admit(otherPatient, facility, "INPATIENT", "2026-04-01T10:00:00Z");
        api.discharge(aprilStay, "2026-04-04T10:00:00Z", "01");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        overdue = api.admit(otherPatient, facility, "INPATIENT", now.minus(5, ChronoUnit.DAYS).toString());
        open = api.admit("P-DASH-OPEN", facility, "INPATIENT", now.minus(2, ChronoUnit.HOURS).toString());
        last = ok(api.post("/api/v1/episodes/" + open + "/case-manager",
                "{\"caseManagerId\":\"CM-DASH\",\"effectiveAt\":\"" + now.minus(1, ChronoUnit.HOURS) + "\"}"));
        // every projection has the last write before a page reads it
        for (String path : new String[] {"/api/v1/episodes/" + open, "/api/v1/patients/" + patient + "/timeline",
            "/api/v1/compliance/worklist?facilityId=" + facility, "/api/v1/episodes/" + open + "/audit"}) {
            ok(api.getAfter(path, last));
        }
        return this;
    }

    private static Response ok(Response response) {
        if (response.status() < 200 || response.status() > 299) {
            throw new AssertionError("seeding failed: " + response);
        }
        return response;
    }
}
