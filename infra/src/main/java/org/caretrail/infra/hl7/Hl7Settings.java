package org.caretrail.infra.hl7;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.caretrail.domain.episode.api.Payer;

/**
 * How a site's ADT feed is read: which PV1-18 patient types of an outpatient (PV1-2 {@code O})
 * visit mean observation, which PV1-4 admission types mean a planned stay, how IN1 plan codes map
 * to payers, and the zone of times sent without an offset (when MSH-7 carries none either).
 * Codes are compared without regard to case.
 */
public record Hl7Settings(
        Set<String> observationPatientTypes,
        Set<String> plannedAdmissionTypes,
        Map<String, Payer> payerMapping,
        ZoneId defaultZone) {

    public Hl7Settings {
        observationPatientTypes = upperCase(observationPatientTypes);
        plannedAdmissionTypes = upperCase(plannedAdmissionTypes);
        payerMapping = Objects.requireNonNull(payerMapping, "payerMapping").entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> normalize(e.getKey()), Map.Entry::getValue));
        Objects.requireNonNull(defaultZone, "defaultZone");
    }

    /** Observation type {@code OBS}, planned admission type {@code C} (elective), no payer codes, UTC. */
    public static Hl7Settings defaults() {
        return new Hl7Settings(Set.of("OBS"), Set.of("C"), Map.of(), ZoneId.of("UTC"));
    }

    boolean isObservationType(String patientType) {
        return patientType != null && observationPatientTypes.contains(normalize(patientType));
    }

    boolean isPlannedType(String admissionType) {
        return admissionType != null && plannedAdmissionTypes.contains(normalize(admissionType));
    }

    Payer payerFor(String planCode) {
        return planCode == null ? null : payerMapping.get(normalize(planCode));
    }

    private static Set<String> upperCase(Set<String> codes) {
        return Objects.requireNonNull(codes).stream().map(Hl7Settings::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
