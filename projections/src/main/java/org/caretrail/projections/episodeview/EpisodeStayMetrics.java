package org.caretrail.projections.episodeview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.stay.ClassChange;
import org.caretrail.projections.stay.StayMetrics;

/**
 * Adds the stay metrics to an episode view at the moment it is read, with the same rules as the readmission
 * timeline's stays ({@link StayMetrics}): an active stay's length and an ongoing observation period grow with time,
 * so they are computed at the read, not stored.
 */
final class EpisodeStayMetrics {

    private final Facilities facilities;
    private final Clock clock;

    EpisodeStayMetrics(Facilities facilities, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
    }

    EpisodeView add(EpisodeView view) {
        Instant now = clock.instant();
        if (view.admittedAt() == null) {
            return view;
        }
        Instant end = view.dischargedAt() != null && !view.dischargedAt().isAfter(now) ? view.dischargedAt() : now;
        LocalDate admission = facilities.dateAt(view.facilityId(), view.admittedAt());
        LocalDate last = facilities.dateAt(view.facilityId(), end.isBefore(view.admittedAt()) ? view.admittedAt() : end);
        List<ClassChange> changes = view.classHistory().stream()
                .map(slice -> new ClassChange(slice.patientClass(), slice.from()))
                .toList();
        double hours = StayMetrics.observationHours(
                StayMetrics.observationPeriods(changes, view.dischargedAt(), now), now);
        return view.withStayMetrics(StayMetrics.lengthOfStayDays(admission, last), hours);
    }
}
