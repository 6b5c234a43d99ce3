package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.List;

/** Binary search over stays kept in admission order. */
final class AdmissionSearch {

    private AdmissionSearch() {
    }

    /** Position of the first stay admitted strictly after the instant, or the list size when there is none. */
    static int firstAdmittedAfter(List<JudgedStay> stays, Instant instant) {
        int low = 0;
        int high = stays.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (stays.get(middle).view.admittedAt().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
