package org.caretrail.domain.episode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * The patient class over clinical time. Slices are kept in order of their start, not of
 * arrival, because class changes may be recorded late with an earlier effective time.
 */
final class ClassHistory {

    private final List<ClassSlice> slices = new ArrayList<>();

    void add(PatientClass patientClass, Instant from) {
        int index = 0;
        // a later-recorded change at the same instant wins, so it goes after its equals
        while (index < slices.size() && !slices.get(index).from().isAfter(from)) {
            index++;
        }
        slices.add(index, new ClassSlice(patientClass, from));
    }

    /** The class in effect at the instant, or null before the first slice. */
    PatientClass classAt(Instant instant) {
        PatientClass current = null;
        for (ClassSlice slice : slices) {
            if (slice.from().isAfter(instant)) {
                break;
            }
            current = slice.patientClass();
        }
        return current;
    }
}
