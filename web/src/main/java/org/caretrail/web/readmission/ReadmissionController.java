package org.caretrail.web.readmission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.FindPatientTimelineKnownAtQuery;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateQuery;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.readmission.ReadmissionProjection;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.KnownAt;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Readmission timelines per patient and readmission rates per facility, as the clinical world stood at asOf. */
@RestController
@Tag(name = "Readmissions", description = "Patient timelines and facility readmission rates (docs/MEASURES.md)")
public class ReadmissionController {

    private final Reads reads;
    private final Clock clock;
    private final KnownAt knownAt;

    public ReadmissionController(Reads reads, Clock clock, KnownAt knownAt) {
        this.reads = reads;
        this.clock = clock;
        this.knownAt = knownAt;
    }

    @PatientRead(patient = "patientId")
    @GetMapping("/api/v1/patients/{patientId}/timeline")
    @Operation(summary = "Every stay of the patient in admission order: index stays, readmissions, exclusions, ED returns; "
            + "with knownAt, from the events recorded by then")
    public PatientTimelineResponse timeline(
            @PathVariable String patientId,
            @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
            @RequestParam(required = false) Instant asOf,
            @RequestParam(name = KnownAt.PARAMETER, required = false) Instant knownAt,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        if (knownAt != null) {
            return reads.one(position, ProcessingGroups.READMISSION, new FindPatientTimelineKnownAtQuery(patientId,
                            measure, orNow(asOf), this.knownAt.checked(knownAt)), PatientTimelineResponse.class,
                    KnownAt.notYetRecorded("Patient '" + patientId + "'", knownAt));
        }
        FindPatientTimelineQuery query = new FindPatientTimelineQuery(patientId, measure, orNow(asOf));
        return reads.one(position, ProcessingGroups.READMISSION, query, PatientTimelineResponse.class,
                "No patient with id '" + patientId + "'.");
    }

    @NoPatientData // counts per facility, no patient named
    @GetMapping("/api/v1/readmissions/rate")
    @Operation(summary = "Readmitted over readmitted plus not-readmitted index stays discharged from `from` to `to`; "
            + "with `cohort`, only the stays of that condition cohort (`ageUnknown`: left out for want of a birth date)")
    public ReadmissionRateBody rate(
            @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
            @RequestParam(required = false) Cohort cohort,
            @RequestParam(required = false) String facilityId,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        Periods.requireForwards(from, to);
        if (cohort != null && measure != ReadmissionMeasure.ACUTE_30) {
            throw new InvalidCommandException("cohort", "condition cohorts are measured under ACUTE_30, not " + measure);
        }
        ReadmissionRateQuery query = new ReadmissionRateQuery(measure, facilityId, from, to, orNow(asOf), cohort);
        return ReadmissionRateBody.of(reads.answer(position, ProcessingGroups.READMISSION, query,
                ReadmissionRateResponse.class));
    }

    private Instant orNow(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }
}
