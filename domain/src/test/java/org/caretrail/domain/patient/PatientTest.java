package org.caretrail.domain.patient;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.patient.api.AssignCareTeamMemberCommand;
import org.caretrail.domain.patient.api.CareRelationship;
import org.caretrail.domain.patient.api.CareTeamMemberAssignedEvent;
import org.caretrail.domain.patient.api.NotificationPreferenceRecordedEvent;
import org.caretrail.domain.patient.api.RecordNotificationPreferenceCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientTest {

    private static final String PATIENT = "pat-1";
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Patient.class);
    }

    @Test
    void assigningAMemberToANewPatientRecordsTheMembership() {
        fixture.givenNoPriorActivity()
                .when(new AssignCareTeamMemberCommand(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, null))
                .expectEvents(new CareTeamMemberAssignedEvent(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, null));
    }

    @Test
    void endingAMembershipRecordsTheNewPeriod() {
        fixture.given(new CareTeamMemberAssignedEvent(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, null))
                .when(new AssignCareTeamMemberCommand(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, TO))
                .expectEvents(new CareTeamMemberAssignedEvent(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, TO));
    }

    @Test
    void assigningTheSameMembershipAgainRecordsNothing() {
        fixture.given(new CareTeamMemberAssignedEvent(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, null))
                .when(new AssignCareTeamMemberCommand(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, FROM, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMembershipThatEndsBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AssignCareTeamMemberCommand(PATIENT, "pcp-1", CareRelationship.PRIMARY_CARE, TO, FROM))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("effectiveTo must be after effectiveFrom");
    }

    @Test
    void aMembershipWithoutARelationshipIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AssignCareTeamMemberCommand(PATIENT, "pcp-1", null, FROM, null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }

    @Test
    void optingOutRecordsThePreferenceWithItsReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordNotificationPreferenceCommand(PATIENT, true, FROM, "asked at registration"))
                .expectEvents(new NotificationPreferenceRecordedEvent(PATIENT, true, FROM, "asked at registration"));
    }

    @Test
    void repeatingTheSamePreferenceRecordsNothing() {
        fixture.given(new NotificationPreferenceRecordedEvent(PATIENT, true, FROM, "asked"))
                .when(new RecordNotificationPreferenceCommand(PATIENT, true, FROM, "asked"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void optingBackInRecordsANewPreference() {
        fixture.given(new NotificationPreferenceRecordedEvent(PATIENT, true, FROM, "asked"))
                .when(new RecordNotificationPreferenceCommand(PATIENT, false, TO, null))
                .expectEvents(new NotificationPreferenceRecordedEvent(PATIENT, false, TO, null));
    }

    @Test
    void aPreferenceWithoutTheChoiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordNotificationPreferenceCommand(PATIENT, null, FROM, null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("optOut is required");
    }
}
