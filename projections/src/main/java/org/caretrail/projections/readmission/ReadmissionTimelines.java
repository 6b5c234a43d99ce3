package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.cohort.ValueSets;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.risk.CharlsonTable;
import org.caretrail.projections.risk.Lace;

/**
 * Judges a patient's stays for one readmission measure as the clinical world stood at asOf (docs/MEASURES.md).
 *
 * <p>A stay still active at asOf is never an index stay, but it takes part as an admission (a readmission, or the
 * later stay of a transfer chain) by its class at asOf, and an active EMERGENCY stay counts as an ED return: that
 * is the patient's situation at asOf, and it settles once the stay is discharged.
 */
public final class ReadmissionTimelines {

    private final Facilities zones;
    private final StayAssessment assessment;

    /** Rules that count every facility's calendar days in UTC. */
    public ReadmissionTimelines() {
        this(Facilities.allUtc());
    }

    /** @param facilities each facility's calendar */
    public ReadmissionTimelines(Facilities facilities) {
        this(facilities, new CohortRules(ValueSets.shipped()));
    }

    /**
     * @param facilities  each facility's calendar
     * @param cohortRules the condition cohorts' value sets in use
     */
    public ReadmissionTimelines(Facilities facilities, CohortRules cohortRules) {
        this.zones = facilities;
        this.assessment = new StayAssessment(cohortRules, new Lace(CharlsonTable.shipped()));
    }

    /** The version of the cohort value sets the timelines and rates use. */
    public String valueSetVersion() {
        return assessment.valueSetVersion();
    }

    /** Each stay's cohort groups at asOf, by episode id; what a rate by cohort selects and counts by. */
    Map<String, StayGroups> groups(Collection<Stay> stays, Instant asOf) {
        Map<String, StayGroups> groups = new HashMap<>();
        stays.stream()
                .filter(stay -> !stay.cancelled() && !stay.admittedAt().isAfter(asOf))
                .map(stay -> StayAtAsOf.of(stay, asOf, zones))
                .forEach(view -> groups.put(view.stay().episodeId(), assessment.groups(view)));
        return groups;
    }

    /** The patient's timeline at asOf; cancelled stays and stays admitted after asOf are left out. */
    public PatientTimelineResponse evaluate(String patientId, Collection<Stay> stays, ReadmissionMeasure measure, Instant asOf) {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(asOf, "asOf");
        stays.forEach(stay -> requireSamePatient(patientId, stay));
        List<JudgedStay> judged = stays.stream()
                .filter(stay -> !stay.cancelled() && !stay.admittedAt().isAfter(asOf))
                .map(stay -> StayAtAsOf.of(stay, asOf, zones))
                .sorted(StayAtAsOf.ADMISSION_ORDER)
                .map(view -> new JudgedStay(view, measure))
                .toList();
        List<JudgedStay> takingPart = judged.stream().filter(stay -> stay.takesPart).toList();
        ExclusionRules.apply(takingPart);
        new ReadmissionMatching(zones, asOf).apply(takingPart);
        List<JudgedStay> indexStays = takingPart.stream().filter(stay -> stay.index).toList();
        List<JudgedStay> edVisits = judged.stream().filter(stay -> stay.view.finalClass() == PatientClass.EMERGENCY).toList();
        EdReturns.apply(indexStays, edVisits, zones);
        List<StayAtAsOf> views = judged.stream().map(stay -> stay.view).toList();
        judged.forEach(stay -> stay.figures = assessment.assess(stay.view, views));
        return new PatientTimelineResponse(patientId, measure, judged.stream().map(JudgedStay::toTimelineStay).toList());
    }

    private static void requireSamePatient(String patientId, Stay stay) {
        if (!patientId.equals(stay.patientId())) {
            throw new IllegalArgumentException(
                    "episode " + stay.episodeId() + " belongs to patient " + stay.patientId() + ", not " + patientId);
        }
    }
}
