package org.caretrail.projections.episodeview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.episode.api.ClassSliceView;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.ReferralView;
import org.caretrail.domain.episode.api.ServiceType;

/** The stored form of one episode's view; private to this projection. */
class EpisodeState {

    @com.fasterxml.jackson.annotation.JsonProperty("_id")
    public String id;
    public String patientId;
    public String facilityId;
    public EpisodeStatus status;
    public List<Slice> classSlices = new ArrayList<>();
    public Instant admittedAt;
    public Instant dischargedAt;
    public String disposition;
    public Payer payer;
    public String unit;
    public String principalDiagnosis;
    public boolean planned;
    public String caseManagerId;
    public Map<String, Referral> referrals = new LinkedHashMap<>();
    /** The sequence number of the last event applied: redelivered events at or below it are skipped. */
    public long version = -1;

    static class Slice {
        public PatientClass patientClass;
        public Instant from;

        Slice() {
        }

        Slice(PatientClass patientClass, Instant from) {
            this.patientClass = patientClass;
            this.from = from;
        }
    }

    static class Referral {
        public String referralId;
        public ServiceType serviceType;
        public String providerId;
        public ReferralStatus status;
        public Instant placedAt;
        public Instant answeredAt;
    }

    void addSlice(PatientClass patientClass, Instant from) {
        classSlices.add(new Slice(patientClass, from));
        classSlices.sort(Comparator.comparing((Slice s) -> s.from));
    }

    PatientClass currentClass() {
        return classSlices.isEmpty() ? null : classSlices.get(classSlices.size() - 1).patientClass;
    }

    EpisodeView toView() {
        List<ClassSliceView> history = new ArrayList<>();
        for (int i = 0; i < classSlices.size(); i++) {
            Slice slice = classSlices.get(i);
            Instant to = i + 1 < classSlices.size() ? classSlices.get(i + 1).from : dischargedAt;
            history.add(new ClassSliceView(slice.patientClass, slice.from, to));
        }
        List<ReferralView> referralViews = referrals.values().stream()
                .map(r -> new ReferralView(r.referralId, r.serviceType, r.providerId, r.status, r.placedAt, r.answeredAt))
                .toList();
        return new EpisodeView(id, patientId, facilityId, status, currentClass(), history, admittedAt, dischargedAt,
                disposition, payer, unit, principalDiagnosis, planned, caseManagerId, referralViews, version, null, null);
    }
}
