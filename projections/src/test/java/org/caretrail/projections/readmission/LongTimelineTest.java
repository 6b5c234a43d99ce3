package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.junit.jupiter.api.Test;

class LongTimelineTest {

    @Test
    void aTimelineOfFiftyStaysChainsEveryReadmissionToTheStayBeforeIt() {
        Instant start = at("2024-01-01T08:00:00Z");
        List<Stay> stays = new ArrayList<>();
        for (int number = 0; number < 50; number++) {
            Instant admitted = start.plus(Duration.ofDays(10L * number));
            Stay stay = Stay.admitted("E" + number, PATIENT, "H" + (number % 3), PatientClass.INPATIENT, admitted, null, false);
            stays.add(stay.withDischarge(admitted.plus(Duration.ofDays(3)), "01"));
        }
        Collections.reverse(stays);

        PatientTimelineResponse timeline = new ReadmissionTimelines().evaluate(PATIENT, stays, ReadmissionMeasure.ACUTE_30,
                at("2026-01-01T00:00:00Z"));

        assertThat(timeline.stays()).hasSize(50);
        for (int number = 0; number < 49; number++) {
            TimelineStayView stay = timeline.stays().get(number);
            assertThat(stay.episodeId()).isEqualTo("E" + number);
            assertIndexStay(stay, ReadmissionOutcome.READMITTED);
            assertThat(stay.readmissionEpisodeId()).isEqualTo("E" + (number + 1));
            assertThat(stay.daysToReadmission()).isEqualTo(7);
        }
        assertIndexStay(timeline.stays().get(49), ReadmissionOutcome.NOT_READMITTED);
    }
}
