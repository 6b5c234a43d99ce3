package org.caretrail.projections.readmission;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.Payer;

/**
 * The stored facts of one episode in {@code readmission_episodes}; private to the readmission projection. Only the
 * segment that handles the patient writes it, so it needs no concurrency guard.
 */
class StayFacts {

    @JsonProperty("_id")
    public String episodeId;
    public String patientId;
    public String facilityId;
    public Instant admittedAt;
    public List<ClassSlice> classSlices = new ArrayList<>();
    public Instant dischargedAt;
    public String disposition;
    public String principalDiagnosis;
    public boolean planned;
    public boolean cancelled;
    public Payer payer;
    public LocalDate birthDate;
    public String admitSource;
    public List<CodedDiagnosis> diagnoses = new ArrayList<>();
    public List<CodedProcedure> procedures = new ArrayList<>();
    /** When the coding held was coded: a coding coded earlier than it (arriving late) does not replace it. */
    public Instant codedAt;
    public String destinationProviderId;
    /** The sequence number of the last event applied: redelivered events at or below it are skipped. */
    public long sequence = -1;

    StayFacts() {
    }

    StayFacts(String episodeId, String patientId, String facilityId) {
        this.episodeId = episodeId;
        this.patientId = patientId;
        this.facilityId = facilityId;
    }

    /** A copy to change, so that a change that fails half-way leaves the batch's version as it was. */
    StayFacts copy() {
        StayFacts copy = new StayFacts(episodeId, patientId, facilityId);
        copy.admittedAt = admittedAt;
        copy.classSlices = new ArrayList<>(classSlices);
        copy.dischargedAt = dischargedAt;
        copy.disposition = disposition;
        copy.principalDiagnosis = principalDiagnosis;
        copy.planned = planned;
        copy.cancelled = cancelled;
        copy.payer = payer;
        copy.birthDate = birthDate;
        copy.admitSource = admitSource;
        copy.diagnoses = new ArrayList<>(diagnoses);
        copy.procedures = new ArrayList<>(procedures);
        copy.codedAt = codedAt;
        copy.destinationProviderId = destinationProviderId;
        copy.sequence = sequence;
        return copy;
    }

    /** Null until the admission has been applied; events of one episode arrive in order, so that is rare. */
    Stay toStay() {
        if (admittedAt == null || classSlices.isEmpty()) {
            return null;
        }
        return new Stay(episodeId, patientId, facilityId, admittedAt, classSlices, dischargedAt, disposition,
                principalDiagnosis, planned, cancelled,
                new StayDetails(payer, birthDate, admitSource, diagnoses, procedures, destinationProviderId));
    }

    /** The latest clinical time among the facts that decide what has happened at an asOf. */
    Optional<Instant> latestFact() {
        if (cancelled) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(admittedAt, dischargedAt), classSlices.stream().map(ClassSlice::from))
                .filter(time -> time != null)
                .max(Comparator.naturalOrder());
    }
}
