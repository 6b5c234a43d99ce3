package org.caretrail.web.readmission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;

/**
 * The rate as docs/API.md shows it: {@code rate} is written as null, not left out, when there is no denominator; a
 * cohort's rate adds {@code cohort}, {@code ageUnknown} and the {@code valueSetVersion} that chose its stays.
 */
public record ReadmissionRateBody(
        ReadmissionMeasure measure,
        String facilityId,
        LocalDate from,
        LocalDate to,
        long readmitted,
        long notReadmitted,
        long pending,
        @JsonInclude(JsonInclude.Include.ALWAYS) Double rate,
        Cohort cohort,
        Long ageUnknown,
        String valueSetVersion) {

    static ReadmissionRateBody of(ReadmissionRateResponse response) {
        return new ReadmissionRateBody(response.measure(), response.facilityId(), response.from(), response.to(),
                response.readmitted(), response.notReadmitted(), response.pending(), response.rate(),
                response.cohort(), response.ageUnknown(), response.valueSetVersion());
    }
}
