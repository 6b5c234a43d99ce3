package org.caretrail.domain.episode.api;

import java.time.Instant;

/** The patient class from one instant to the next change ({@code to} is null for the last slice). */
public record ClassSliceView(PatientClass patientClass, Instant from, Instant to) {
}
