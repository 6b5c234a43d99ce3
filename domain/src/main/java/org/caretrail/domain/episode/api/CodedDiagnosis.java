package org.caretrail.domain.episode.api;

/**
 * One diagnosis of an episode's final coding; {@code system} absent in a command means ICD10CM,
 * {@code presentOnAdmission} null means not reported.
 */
public record CodedDiagnosis(
        String code,
        DiagnosisCodeSystem system,
        boolean principal,
        Boolean presentOnAdmission) {
}
