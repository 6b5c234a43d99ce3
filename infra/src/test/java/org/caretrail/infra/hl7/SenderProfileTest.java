package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

/** Which profile reads a message, and what a profile leaves to its defaults. */
class SenderProfileTest {

    private static MessageHeader from(String application, String facility) {
        return new MessageHeader(application, facility, null, null, null, "ADT", "A01", "1", "P", "2.5.1");
    }

    private static SenderProfile profile(String name, String application, String facility) {
        return new SenderProfile(name, application, facility, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void theProfileNamingMostOfMsh3AndMsh4WinsAndOtherSendersGetTheDefault() {
        SenderProfile anyFacility = profile("cerner", "MILLPM", null);
        SenderProfile oneFacility = profile("cerner-bay", "MILLPM", "BAYSIDE");
        SenderProfile fallback = SenderProfile.defaults();
        Hl7Settings settings = new Hl7Settings(List.of(anyFacility, oneFacility), fallback, null);

        assertThat(settings.profileFor(from("MILLPM", "BAYSIDE"))).isSameAs(oneFacility);
        assertThat(settings.profileFor(from("millpm", "NORTH"))).as("codes compared without case").isSameAs(anyFacility);
        assertThat(settings.profileFor(from("EPICADT", "BAYSIDE"))).isSameAs(fallback);
        assertThat(settings.profileFor(from(null, null))).isSameAs(fallback);
    }

    @Test
    void theDefaultsReadPv119ThenPid18AndIgnoreUntrackedVisits() {
        SenderProfile defaults = SenderProfile.defaults();

        assertThat(defaults.visitNumberSources()).containsExactly(VisitNumberSource.PV1_19, VisitNumberSource.PID_18);
        assertThat(defaults.facilitySources()).containsExactly(FacilitySource.MSH_4, FacilitySource.PV1_3_4);
        assertThat(defaults.untrackedVisits()).isEqualTo(UntrackedVisits.IGNORE);
        assertThat(defaults.episodeIdScope()).isEqualTo(EpisodeIdScope.VISIT_NUMBER);
        assertThat(defaults.takesProcessingId("P")).isTrue();
        assertThat(defaults.takesProcessingId("T")).as("a test feed belongs on a test instance").isFalse();
        assertThat(defaults.isObservationType("obs")).isTrue();
        assertThat(defaults.identity()).isNull();
    }

    @Test
    void aProfileWithoutVisitNumberSourcesIsRefused() {
        assertThatThrownBy(() -> new SenderProfile("x", "A", null, List.of(), null, null, null, null, null, null,
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSitesPayerMappingComesBeforeTheShippedTable() {
        SenderProfile site = new SenderProfile("site", null, null, null, null, null, null, null, null,
                java.util.Map.of("MEDICARE", Payer.MEDICARE_ADVANTAGE), null, null, null, null);

        assertThat(site.configuredPayer("medicare")).isEqualTo(Payer.MEDICARE_ADVANTAGE);
        assertThat(SenderProfile.defaults().configuredPayer("medicare")).isNull();
    }
}
