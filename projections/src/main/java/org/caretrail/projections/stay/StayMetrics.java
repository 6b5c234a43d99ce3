package org.caretrail.projections.stay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;

/** Length of stay and observation hours (docs/MEASURES.md "Stay metrics"), as the clinical world stood at asOf. */
public final class StayMetrics {

    private StayMetrics() {
    }

    /**
     * Calendar days from the admission date to the discharge date, or for an active stay to the asOf date, both in
     * the facility's zone; discharged the same day: 0.
     */
    public static int lengthOfStayDays(LocalDate admissionDate, LocalDate endDate) {
        return (int) ChronoUnit.DAYS.between(admissionDate, endDate);
    }

    /**
     * The observation periods in order: each starts where the class becomes OBSERVATION and ends at the next change
     * to another class, or at the discharge. Changes and a discharge after asOf have not happened.
     *
     * @param dischargedAt null while the stay is active
     */
    public static List<ObservationPeriod> observationPeriods(Collection<ClassChange> history, Instant dischargedAt,
                                                             Instant asOf) {
        Instant discharge = dischargedAt != null && !dischargedAt.isAfter(asOf) ? dischargedAt : null;
        List<ClassChange> changes = history.stream()
                .filter(change -> !change.from().isAfter(asOf))
                .filter(change -> discharge == null || !change.from().isAfter(discharge))
                .sorted(Comparator.comparing(ClassChange::from))
                .toList();
        List<ObservationPeriod> periods = new ArrayList<>();
        Instant start = null;
        for (ClassChange change : changes) {
            boolean observation = change.patientClass() == PatientClass.OBSERVATION;
            if (observation && start == null) {
                start = change.from();
            } else if (!observation && start != null) {
                periods.add(new ObservationPeriod(start, change.from()));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new ObservationPeriod(start, discharge));
        }
        return List.copyOf(periods);
    }

    /** The summed length of the periods in hours, to two decimals; an ongoing one counts up to asOf. */
    public static double observationHours(List<ObservationPeriod> periods, Instant asOf) {
        Duration total = periods.stream().map(period -> period.length(asOf)).reduce(Duration.ZERO, Duration::plus);
        return BigDecimal.valueOf(total.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
