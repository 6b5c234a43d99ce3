package org.caretrail.infra.hl7;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caretrail.domain.episode.api.Payer;

/**
 * How one sender's ADT feed is read, chosen by MSH-3 and MSH-4 ({@code null}: any): where the visit number
 * and the facility come from, which PID-3 identifier is the patient's (the one of {@code patientIdAuthority},
 * else the one typed {@code MR}, else the first), the PV1-18 types meaning observation, the PV1-4 types
 * meaning planned, IN1 codes to payers (over the shipped {@link Payers} table), the zone of times without an
 * offset, the MSH-11 processing ids taken, what to do with visits CareTrail does not track, and the
 * integration identity its events record (null: the listener's). Any null argument takes its default.
 */
public record SenderProfile(
        String name,
        String sendingApplication,
        String sendingFacility,
        List<VisitNumberSource> visitNumberSources,
        EpisodeIdScope episodeIdScope,
        List<FacilitySource> facilitySources,
        String patientIdAuthority,
        Set<String> observationPatientTypes,
        Set<String> plannedAdmissionTypes,
        Map<String, Payer> payerMapping,
        ZoneId zone,
        Set<String> processingIds,
        UntrackedVisits untrackedVisits,
        String identity) {

    public SenderProfile {
        name = name == null ? "default" : name;
        visitNumberSources = List.copyOf(orDefault(visitNumberSources,
                List.of(VisitNumberSource.PV1_19, VisitNumberSource.PID_18)));
        episodeIdScope = episodeIdScope == null ? EpisodeIdScope.VISIT_NUMBER : episodeIdScope;
        facilitySources = List.copyOf(orDefault(facilitySources, List.of(FacilitySource.MSH_4, FacilitySource.PV1_3_4)));
        observationPatientTypes = upperCase(orDefault(observationPatientTypes, Set.of("OBS")));
        plannedAdmissionTypes = upperCase(orDefault(plannedAdmissionTypes, Set.of("C")));
        payerMapping = orDefault(payerMapping, Map.<String, Payer>of()).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> normalize(e.getKey()), Map.Entry::getValue));
        zone = zone == null ? ZoneId.of("UTC") : zone;
        processingIds = upperCase(orDefault(processingIds, Set.of("P")));
        untrackedVisits = untrackedVisits == null ? UntrackedVisits.IGNORE : untrackedVisits;
        if (visitNumberSources.isEmpty() || facilitySources.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + ": visit number and facility sources may not be empty");
        }
    }

    /** Every default: PV1-19 then PID-18, MSH-4 then PV1-3.4, {@code OBS}, {@code C}, UTC, {@code P}, ignore. */
    public static SenderProfile defaults() {
        return new SenderProfile(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** How many of MSH-3 and MSH-4 this profile names, or -1 when the header does not match them. */
    int specificity(MessageHeader header) {
        if (!matches(sendingApplication, header.sendingApplication())
                || !matches(sendingFacility, header.sendingFacility())) {
            return -1;
        }
        return (sendingApplication == null ? 0 : 1) + (sendingFacility == null ? 0 : 1);
    }

    boolean isObservationType(String patientType) {
        return patientType != null && observationPatientTypes.contains(normalize(patientType));
    }

    boolean isPlannedType(String admissionType) {
        return admissionType != null && plannedAdmissionTypes.contains(normalize(admissionType));
    }

    boolean takesProcessingId(String processingId) {
        return processingId != null && processingIds.contains(normalize(processingId));
    }

    /** The payer this site configured for an IN1 code, or null. */
    Payer configuredPayer(String code) {
        return code == null ? null : payerMapping.get(normalize(code));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Set<String> upperCase(Set<String> codes) {
        return codes.stream().map(SenderProfile::normalize).collect(Collectors.toUnmodifiableSet());
    }

    static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
