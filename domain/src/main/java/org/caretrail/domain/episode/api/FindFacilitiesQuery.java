package org.caretrail.domain.episode.api;

/** Asks which facilities have episodes, so that a person can pick one; answered with {@link FacilityIds}. */
public record FindFacilitiesQuery() {
}
