package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The stored facts of one episode on a patient document; private to the readmission projection. */
class EpisodeFacts {

    public String episodeId;
    public String facilityId;
    public Instant admittedAt;
    public List<ClassSlice> classSlices = new ArrayList<>();
    public Instant dischargedAt;
    public String disposition;
    public String principalDiagnosis;
    public boolean planned;
    public boolean cancelled;
    /** The sequence number of the last event applied: redelivered events at or below it are skipped. */
    public long sequence = -1;

    EpisodeFacts() {
    }

    EpisodeFacts(String episodeId, String facilityId) {
        this.episodeId = episodeId;
        this.facilityId = facilityId;
    }

    /** Null until the admission has been applied; events of one episode arrive in order, so that is rare. */
    Stay toStay(String patientId) {
        if (admittedAt == null || classSlices.isEmpty()) {
            return null;
        }
        return new Stay(episodeId, patientId, facilityId, admittedAt, classSlices, dischargedAt, disposition,
                principalDiagnosis, planned, cancelled);
    }

    /** Clinical times that decide which facts have happened at an asOf; cancelled episodes count for nothing. */
    Stream<Instant> factTimes() {
        if (cancelled) {
            return Stream.empty();
        }
        Stream<Instant> times = Stream.concat(Stream.of(admittedAt, dischargedAt), classSlices.stream().map(ClassSlice::from));
        return times.filter(time -> time != null);
    }
}
