package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a sender profile changes in the reading of a message, through the whole inbox. */
class ProfileMappingTest {

    private static final String CLINIC_VISIT = Corpus.message("outpatient-and-preadmit-traffic", 0);
    private static final String NORTH_ADMISSION = Corpus.message("visit-number-of-another-facility-or-patient", 0);

    private static Hl7Settings settingsWith(SenderProfile profile) {
        return new Hl7Settings(List.of(profile), Hl7TestRig.SITE, null);
    }

    private static SenderProfile profile(String application, EpisodeIdScope scope, UntrackedVisits untracked,
                                         Set<String> processingIds, String identity) {
        return new SenderProfile("test", application, null, null, scope, null, null, null, null, null, null,
                processingIds, untracked, identity);
    }

    @Test
    void aFeedThatShouldCarryTrackedVisitsOnlyMayRefuseTheOthersWithAe() {
        try (Hl7TestRig rig = new Hl7TestRig(settingsWith(profile("EPICADT", null, UntrackedVisits.REJECT, null, null)))) {
            String ack = rig.inbox().receive(CLINIC_VISIT);

            assertThat(Hl7Assertions.ackCode(ack)).isEqualTo("AE");
            assertThat(Hl7Assertions.field(ack, "ERR", 3)).startsWith("103^");
            assertThat(rig.inbox().messages(Hl7Outcome.REJECTED, 10)).hasSize(1);
        }
    }

    @Test
    void theDefaultIgnoresAnUntrackedVisitWithTheReasonInTheMessageList() {
        try (Hl7TestRig rig = new Hl7TestRig()) {
            assertThat(Hl7Assertions.ackCode(rig.inbox().receive(CLINIC_VISIT))).isEqualTo("AA");

            assertThat(rig.inbox().messages(Hl7Outcome.IGNORED, 10)).singleElement()
                    .satisfies(m -> assertThat(m.error()).startsWith("PV1-18: an outpatient visit of patient type 'CLI'"));
        }
    }

    @Test
    void visitNumbersScopedByFacilityKeepTwoFacilitiesNumbersApart() {
        try (Hl7TestRig rig = new Hl7TestRig(settingsWith(profile("MEDITECH", EpisodeIdScope.FACILITY, null, null,
                null)))) {
            String southAdmission = NORTH_ADMISSION.replace("NORTH", "SOUTH").replace("NO-50001", "SO-50001");

            assertThat(Hl7Assertions.ackCode(rig.inbox().receive(NORTH_ADMISSION))).isEqualTo("AA");
            assertThat(Hl7Assertions.ackCode(rig.inbox().receive(southAdmission))).isEqualTo("AA");

            assertThat(rig.episode("NORTH:V500")).containsEntry("facilityId", "NORTH");
            assertThat(rig.episode("SOUTH:V500")).containsEntry("facilityId", "SOUTH");
        }
    }

    @Test
    void aProcessingIdTheProfileDoesNotTakeIsAr() {
        try (Hl7TestRig rig = new Hl7TestRig(settingsWith(profile("MEDITECH", null, null, Set.of("P"), null)))) {
            String ack = rig.inbox().receive(NORTH_ADMISSION.replace("|NO-50001|P|", "|NO-50001|T|"));

            assertThat(Hl7Assertions.ackCode(ack)).isEqualTo("AR");
            assertThat(Hl7Assertions.field(ack, "ERR", 1)).as("a 2.4 ACK").contains("^202&");
            assertThat(rig.events("V500")).isEmpty();
        }
    }

    @Test
    void theProfilesIdentityIsTheActorAndMsh3StaysData() {
        try (Hl7TestRig rig = new Hl7TestRig(settingsWith(profile("MEDITECH", null, null, null, "meditech-north")))) {
            rig.inbox().receive(NORTH_ADMISSION, Hl7Caller.integration("mllp-main"), Hl7Transport.MLLP);

            assertThat(rig.events("V500").get(0).getMetaData())
                    .containsEntry("actor", "meditech-north")
                    .containsEntry("role", "INTEGRATION")
                    .containsEntry("sendingApplication", "MEDITECH");
        }
    }

    @Test
    void aSignedInUserStaysTheActorWhateverTheProfileSays() {
        try (Hl7TestRig rig = new Hl7TestRig(settingsWith(profile("MEDITECH", null, null, null, "meditech-north")))) {
            rig.inbox().receive(NORTH_ADMISSION, new Hl7Caller("jdoe", "INTEGRATION_USER"), Hl7Transport.HTTP);

            assertThat(rig.events("V500").get(0).getMetaData()).containsEntry("actor", "jdoe");
        }
    }
}
