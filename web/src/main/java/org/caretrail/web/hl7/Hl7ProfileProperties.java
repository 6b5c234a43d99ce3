package org.caretrail.web.hl7;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.hl7.EpisodeIdScope;
import org.caretrail.infra.hl7.FacilitySource;
import org.caretrail.infra.hl7.SenderProfile;
import org.caretrail.infra.hl7.UntrackedVisits;
import org.caretrail.infra.hl7.VisitNumberSource;

/**
 * One sender profile ({@code caretrail.hl7.profiles[n].*}), chosen by MSH-3 {@code sending-application} and
 * MSH-4 {@code sending-facility}; every field left out is taken from the default profile
 * ({@code caretrail.hl7.*}). The payer mapping is added to the default one's.
 */
public record Hl7ProfileProperties(
        String name,
        String sendingApplication,
        String sendingFacility,
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
        String identity) {

    SenderProfile toProfile(SenderProfile defaults, int index) {
        if (sendingApplication == null && sendingFacility == null) {
            throw new IllegalArgumentException("caretrail.hl7.profiles[" + index + "] names neither a "
                    + "sending-application (MSH-3) nor a sending-facility (MSH-4); the default profile is caretrail.hl7.*");
        }
        Map<String, Payer> payers = new java.util.HashMap<>(defaults.payerMapping());
        if (payerMapping != null) {
            payers.putAll(payerMapping);
        }
        return new SenderProfile(name == null ? "profile " + index : name, sendingApplication, sendingFacility,
                or(visitNumberSources, defaults.visitNumberSources()), or(episodeIdScope, defaults.episodeIdScope()),
                or(facilitySources, defaults.facilitySources()), or(patientIdAuthority, defaults.patientIdAuthority()),
                set(observationPatientTypes, defaults.observationPatientTypes()),
                set(plannedAdmissionTypes, defaults.plannedAdmissionTypes()), payers, or(zone, defaults.zone()),
                set(processingIds, defaults.processingIds()), or(untrackedVisits, defaults.untrackedVisits()),
                or(identity, defaults.identity()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Set<String> set(List<String> values, Set<String> fallback) {
        return values == null ? fallback : Set.copyOf(values);
    }
}
