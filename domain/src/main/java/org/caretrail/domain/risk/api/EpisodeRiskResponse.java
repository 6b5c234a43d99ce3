package org.caretrail.domain.risk.api;

/**
 * An episode's readmission risk at asOf.
 *
 * @param lace null for an ED visit (LACE scores inpatient and observation stays)
 */
public record EpisodeRiskResponse(String episodeId, String patientId, LaceScore lace, int lengthOfStayDays,
                                  double observationHours) {
}
