package org.caretrail.web.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Episodes posted over HTTP, then the patient timeline and the facility rates read back. */
@ApiTest
class ReadmissionApiTest {

    private final Api api;
    String patient;
    String facility;

    ReadmissionApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void connect() {
        patient = "P-" + UUID.randomUUID();
        facility = "F-" + UUID.randomUUID();
    }

    @Test
    void aReadmissionWithinThirtyDaysShowsOnTheTimelineAndInTheRate() {
        String index = stay(facility, "INPATIENT", "2026-03-01T10:00:00Z", "2026-03-05T10:00:00Z", "01");
        String readmission = admit(facility, "INPATIENT", "2026-03-20T10:00:00Z", false);
        Response last = api.discharge(readmission, "2026-03-25T10:00:00Z", "01");

        JsonNode timeline = api.readAfter("/api/v1/patients/" + patient + "/timeline?measure=ACUTE_30&asOf=2026-06-01T00:00:00Z", last);
        assertThat(timeline.get("patientId").asText()).isEqualTo(patient);
        assertThat(timeline.get("measure").asText()).isEqualTo("ACUTE_30");
        assertThat(timeline.at("/stays/0/episodeId").asText()).isEqualTo(index);
        assertThat(timeline.at("/stays/0/facilityId").asText()).isEqualTo(facility);
        assertThat(timeline.at("/stays/0/finalClass").asText()).isEqualTo("INPATIENT");
        assertThat(timeline.at("/stays/0/admittedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(timeline.at("/stays/0/dischargedAt").asText()).isEqualTo("2026-03-05T10:00:00Z");
        assertThat(timeline.at("/stays/0/disposition").asText()).isEqualTo("01");
        assertThat(timeline.at("/stays/0/indexStay").asBoolean()).isTrue();
        assertThat(timeline.at("/stays/0/outcome").asText()).isEqualTo("READMITTED");
        assertThat(timeline.at("/stays/0/readmissionEpisodeId").asText()).isEqualTo(readmission);
        assertThat(timeline.at("/stays/0/daysToReadmission").asInt()).isEqualTo(15);
        assertThat(timeline.at("/stays/0/edReturns").isArray()).isTrue();
        assertThat(timeline.at("/stays/1/readmissionOf").asText()).isEqualTo(index);
        assertThat(timeline.at("/stays/1/outcome").asText()).isEqualTo("NOT_READMITTED");

        JsonNode rate = api.readAfter("/api/v1/readmissions/rate?measure=ACUTE_30&facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&asOf=2026-06-01T00:00:00Z", last);
        assertThat(rate.get("readmitted").asLong()).isEqualTo(1);
        assertThat(rate.get("notReadmitted").asLong()).isEqualTo(1);
        assertThat(rate.get("pending").asLong()).isZero();
        assertThat(rate.get("rate").asDouble()).isEqualTo(0.5);
        assertThat(rate.get("from").asText()).isEqualTo("2026-03-01");
        assertThat(rate.get("to").asText()).isEqualTo("2026-03-31");
        assertThat(rate.get("facilityId").asText()).isEqualTo(facility);
    }

    @Test
    void aTransferChainAcrossTwoFacilitiesMakesOnlyItsLastStayAnIndexStay() {
        String newYork = stay("F-NY", "INPATIENT", "2025-01-01T10:00:00Z", "2025-01-04T15:00:00Z", "02");
        String chicago = stay("F-CHI", "INPATIENT", "2025-01-04T20:00:00Z", "2025-01-08T16:00:00Z", "01");
        String readmission = admit("F-CHI", "INPATIENT", "2025-01-20T16:00:00Z", false);
        Response last = api.discharge(readmission, "2025-01-23T16:00:00Z", "01");

        JsonNode stays = api.readAfter("/api/v1/patients/" + patient + "/timeline?asOf=2025-06-01T00:00:00Z", last).get("stays");
        assertThat(stays.findValuesAsText("episodeId")).containsExactly(newYork, chicago, readmission);
        assertThat(stays.at("/0/indexStay").asBoolean()).isFalse();
        assertThat(stays.at("/0/exclusionReason").asText()).isEqualTo("TRANSFERRED_OUT");
        assertThat(stays.at("/1/indexStay").asBoolean()).isTrue();
        assertThat(stays.get(1).has("readmissionOf")).as("the transfer is no readmission").isFalse();
        assertThat(stays.at("/1/outcome").asText()).isEqualTo("READMITTED");
        assertThat(stays.at("/2/readmissionOf").asText()).isEqualTo(chicago);

        String rate = "/api/v1/readmissions/rate?from=2025-01-01&to=2025-01-31&asOf=2025-06-01T00:00:00Z&facilityId=";
        JsonNode atChicago = api.readAfter(rate + "F-CHI", last);
        assertThat(atChicago.get("readmitted").asLong()).isEqualTo(1);
        assertThat(atChicago.get("notReadmitted").asLong()).isEqualTo(1);
        JsonNode atNewYork = api.readAfter(rate + "F-NY", last);
        assertThat(atNewYork.get("readmitted").asLong() + atNewYork.get("notReadmitted").asLong()).isZero();
        assertThat(atNewYork.has("rate")).isTrue();
        assertThat(atNewYork.get("rate").isNull()).isTrue();
    }

    @Test
    void aPendingWindowStaysPendingThroughItsThirtiethDayAndThenCountsAsNotReadmitted() {
        String index = admit(facility, "INPATIENT", "2026-03-01T10:00:00Z", false);
        Response last = api.discharge(index, "2026-03-05T10:00:00Z", "01");
        String rate = "/api/v1/readmissions/rate?facilityId=" + facility + "&from=2026-03-01&to=2026-03-31&asOf=";

        JsonNode onDayThirty = api.readAfter(rate + "2026-04-04T23:00:00Z", last);
        assertThat(onDayThirty.get("pending").asLong()).isEqualTo(1);
        assertThat(onDayThirty.get("rate").isNull()).isTrue();
        assertThat(api.readAfter("/api/v1/patients/" + patient + "/timeline?asOf=2026-04-04T23:00:00Z", last)
                .at("/stays/0/outcome").asText()).isEqualTo("PENDING");

        JsonNode onDayThirtyOne = api.readAfter(rate + "2026-04-05T00:00:00Z", last);
        assertThat(onDayThirtyOne.get("pending").asLong()).isZero();
        assertThat(onDayThirtyOne.get("notReadmitted").asLong()).isEqualTo(1);
        assertThat(onDayThirtyOne.get("rate").asDouble()).isZero();
    }

    @Test
    void calendarDaysAreCountedInTheFacilitysTimeZoneAcrossMidnight() {
        // 22:30 on 30 June in New York, already 1 July in UTC
        String index = stay("F-NY", "INPATIENT", "2025-06-25T12:00:00Z", "2025-07-01T02:30:00Z", "01");
        // 01:00 on 31 July in New York: day 31 there, though only day 30 in UTC
        String late = admit("F-NY", "INPATIENT", "2025-07-31T05:00:00Z", false);
        Response last = api.discharge(late, "2025-08-02T15:00:00Z", "01");

        JsonNode stays = api.readAfter("/api/v1/patients/" + patient + "/timeline?asOf=2025-12-01T00:00:00Z", last).get("stays");
        assertThat(stays.at("/0/episodeId").asText()).isEqualTo(index);
        assertThat(stays.at("/0/outcome").asText()).isEqualTo("NOT_READMITTED");
        assertThat(stays.get(0).has("readmissionEpisodeId")).isFalse();

        String rate = "/api/v1/readmissions/rate?facilityId=F-NY&asOf=2025-12-01T00:00:00Z";
        assertThat(api.readAfter(rate + "&from=2025-06-30&to=2025-06-30", last).get("notReadmitted").asLong()).isEqualTo(1);
        assertThat(api.readAfter(rate + "&from=2025-07-01&to=2025-07-01", last).get("notReadmitted").asLong()).isZero();
    }

    @Test
    void aCancelledDischargeReopensTheStayOnTheTimeline() {
        String index = stay(facility, "INPATIENT", "2026-03-01T10:00:00Z", "2026-03-05T10:00:00Z", "01");
        Response last = api.post("/api/v1/episodes/" + index + "/discharge-cancellation", """
                {"reason":"discharged the wrong patient","effectiveAt":"2026-03-05T11:00:00Z"}""");
        assertThat(last.status()).as(last.toString()).isBetween(200, 299);

        JsonNode stay = api.readAfter("/api/v1/patients/" + patient + "/timeline?asOf=2026-06-01T00:00:00Z", last).at("/stays/0");
        assertThat(stay.has("dischargedAt")).isFalse();
        assertThat(stay.get("indexStay").asBoolean()).isFalse();
        assertThat(api.readAfter("/api/v1/readmissions/rate?facilityId=" + facility + "&from=2026-03-01&to=2026-03-31", last)
                .get("notReadmitted").asLong()).isZero();
    }

    @Test
    void theMeasureDefaultsToAcuteAndAsOfToTheApplicationClock() {
        Response last = api.discharge(admit(facility, "OBSERVATION", "2024-02-01T10:00:00Z", false), "2024-02-02T10:00:00Z", "01");

        JsonNode timeline = api.readAfter("/api/v1/patients/" + patient + "/timeline", last);
        assertThat(timeline.get("measure").asText()).isEqualTo("ACUTE_30");
        assertThat(timeline.at("/stays/0/indexStay").asBoolean()).isFalse();
        JsonNode allStays = api.readAfter("/api/v1/patients/" + patient + "/timeline?measure=ALL_STAYS_30", last);
        assertThat(allStays.at("/stays/0/outcome").asText()).isEqualTo("NOT_READMITTED");
    }

    private String stay(String facilityId, String patientClass, String admittedAt, String dischargedAt, String disposition) {
        String episodeId = admit(facilityId, patientClass, admittedAt, false);
        api.discharge(episodeId, dischargedAt, disposition);
        return episodeId;
    }

    private String admit(String facilityId, String patientClass, String admittedAt, boolean planned) {
        String episodeId = "E-" + UUID.randomUUID();
        Response response = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"%s",
                 "admittedAt":"%s","principalDiagnosis":"I50.9","planned":%s}
                """.formatted(episodeId, patient, facilityId, patientClass, admittedAt, planned));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return episodeId;
    }
}
