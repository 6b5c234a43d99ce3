package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.hl7.Hl7Settings;
import org.caretrail.infra.hl7.SenderProfile;
import org.caretrail.infra.hl7.UntrackedVisits;
import org.caretrail.infra.hl7.VisitNumberSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Sender profiles as an operator writes them in {@code caretrail.hl7.*}. */
class Hl7PropertiesTest {

    private static Hl7Properties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("caretrail.hl7", Hl7Properties.class);
    }

    @Test
    void aProfileTakesWhatItLeavesOutFromTheDefaultProfileAndAddsToItsPayerMapping() {
        Hl7Settings settings = bind(Map.of(
                "caretrail.hl7.zone", "America/Chicago",
                "caretrail.hl7.observation-patient-types", "OBS,OBV",
                "caretrail.hl7.payer-mapping.MCR", "MEDICARE",
                "caretrail.hl7.raw-retention", "30d",
                "caretrail.hl7.profiles[0].sending-application", "MILLPM",
                "caretrail.hl7.profiles[0].visit-number-sources", "PID_18,PV1_19",
                "caretrail.hl7.profiles[0].payer-mapping.HUMMA", "MEDICARE_ADVANTAGE",
                "caretrail.hl7.profiles[0].untracked-visits", "REJECT",
                "caretrail.hl7.profiles[0].identity", "cerner-adt")).settings();

        SenderProfile cerner = settings.profiles().get(0);
        assertThat(cerner.sendingApplication()).isEqualTo("MILLPM");
        assertThat(cerner.visitNumberSources()).containsExactly(VisitNumberSource.PID_18, VisitNumberSource.PV1_19);
        assertThat(cerner.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(cerner.observationPatientTypes()).containsExactlyInAnyOrder("OBS", "OBV");
        assertThat(cerner.payerMapping()).containsEntry("MCR", Payer.MEDICARE)
                .containsEntry("HUMMA", Payer.MEDICARE_ADVANTAGE);
        assertThat(cerner.untrackedVisits()).isEqualTo(UntrackedVisits.REJECT);
        assertThat(cerner.identity()).isEqualTo("cerner-adt");
        assertThat(settings.fallback().untrackedVisits()).isEqualTo(UntrackedVisits.IGNORE);
        assertThat(settings.fallback().payerMapping()).doesNotContainKey("HUMMA");
        assertThat(settings.rawRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void nothingConfiguredMeansTheDefaultProfileForEverySenderAndNinetyDaysOfRawText() {
        Hl7Properties properties = bind(Map.of());

        assertThat(properties.settings().profiles()).isEmpty();
        assertThat(properties.settings().rawRetention()).isEqualTo(Duration.ofDays(90));
        assertThat(properties.mllpIdentity()).isEqualTo("hl7-mllp");
        assertThat(properties.mllpBindAddress()).isEqualTo("127.0.0.1");
        assertThat(properties.mllpClientAuth()).isFalse();
    }

    @Test
    void aProfileThatNamesNoSenderIsRefusedAtStartUp() {
        Hl7Properties properties = bind(Map.of("caretrail.hl7.profiles[0].name", "orphan",
                "caretrail.hl7.profiles[0].patient-id-authority", "X"));

        assertThatThrownBy(properties::settings).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("profiles[0]");
    }

    @Test
    void anUnknownVisitNumberSourceIsABindingError() {
        assertThatThrownBy(() -> bind(Map.of("caretrail.hl7.visit-number-sources", "PV1_99")))
                .isInstanceOf(BindException.class);
    }
}
