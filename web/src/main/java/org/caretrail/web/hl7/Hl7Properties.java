package org.caretrail.web.hl7;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.hl7.EpisodeIdScope;
import org.caretrail.infra.hl7.FacilitySource;
import org.caretrail.infra.hl7.Hl7Caller;
import org.caretrail.infra.hl7.Hl7Settings;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.infra.hl7.SenderProfile;
import org.caretrail.infra.hl7.UntrackedVisits;
import org.caretrail.infra.hl7.VisitNumberSource;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HL7 feed ({@code caretrail.hl7.*}). The listener: whether it runs, its port and address (loopback
 * unless {@code mllp-bind-address} says otherwise), the integration identity its events record
 * ({@code mllp-identity}), an SSL bundle for TLS ({@code mllp-tls-bundle}, a {@code spring.ssl.bundle} name)
 * and whether client certificates are required ({@code mllp-client-auth}). The default sender profile: the
 * fields of {@link Hl7ProfileProperties} at this level. {@code profiles}: per-sender profiles. How long raw
 * messages are kept after they need no more work ({@code raw-retention}, 90 days) and how often that is
 * checked, and how long the parked-messages gauge reuses one count.
 */
@ConfigurationProperties("caretrail.hl7")
public record Hl7Properties(
        Boolean enabled,
        Integer mllpPort,
        String mllpBindAddress,
        String mllpIdentity,
        String mllpTlsBundle,
        Boolean mllpClientAuth,
        List<VisitNumberSource> visitNumberSources,
        EpisodeIdScope episodeIdScope,
        List<FacilitySource> facilitySources,
        String patientIdAuthority,
        List<String> observationPatientTypes,
        List<String> plannedAdmissionTypes,
        Map<String, Payer> payerMapping,
        ZoneId zone,
        List<String> processingIds,
        UntrackedVisits untrackedVisits,
        List<Hl7ProfileProperties> profiles,
        Duration rawRetention,
        Duration rawRetentionCheck,
        Duration parkedGaugeRefresh) {

    public Hl7Properties {
        enabled = enabled == null || enabled;
        mllpPort = mllpPort == null ? MllpServer.DEFAULT_PORT : mllpPort;
        // MLLP has no credentials of its own: only this machine may send unless the operator opens it on purpose
        mllpBindAddress = mllpBindAddress == null || mllpBindAddress.isBlank() ? "127.0.0.1" : mllpBindAddress;
        mllpIdentity = mllpIdentity == null || mllpIdentity.isBlank() ? Hl7Caller.DEFAULT_LISTENER : mllpIdentity;
        mllpClientAuth = mllpClientAuth != null && mllpClientAuth;
        profiles = profiles == null ? List.of() : profiles;
        rawRetention = rawRetention == null ? Hl7Settings.DEFAULT_RAW_RETENTION : rawRetention;
        rawRetentionCheck = rawRetentionCheck == null ? Duration.ofHours(1) : rawRetentionCheck;
        // a scrape costs at most one count of the parked messages per refresh
        parkedGaugeRefresh = parkedGaugeRefresh == null ? Duration.ofSeconds(15) : parkedGaugeRefresh;
    }

    /** The default profile and the per-sender ones, each taking what it leaves out from the default. */
    Hl7Settings settings() {
        SenderProfile fallback = new SenderProfile("default", null, null, visitNumberSources, episodeIdScope,
                facilitySources, patientIdAuthority, set(observationPatientTypes), set(plannedAdmissionTypes),
                payerMapping, zone, set(processingIds), untrackedVisits, null);
        List<SenderProfile> senders = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            senders.add(profiles.get(i).toProfile(fallback, i));
        }
        return new Hl7Settings(senders, fallback, rawRetention);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? null : Set.copyOf(values);
    }
}
