package org.caretrail.web.demo;

import java.util.List;
import java.util.Random;

/** ICD-10-CM principal diagnoses of the demo stays, weighted towards the HRRP conditions. */
final class DemoDiagnoses {

    /** AMI, heart failure, pneumonia, COPD, CABG and hip/knee replacement, with other common reasons for a stay. */
    private static final List<String> INPATIENT = List.of("I21.4", "I21.09", "I50.9", "I50.23", "I50.33", "J18.9",
            "J15.9", "J44.1", "J44.0", "I25.10", "A41.9", "N39.0", "K92.2", "E11.65", "N17.9", "I63.9");
    private static final List<String> OBSERVATION = List.of("R07.9", "R55", "R10.9", "I48.91", "E86.0", "R42");
    private static final List<String> ED = List.of("R10.9", "S09.90XA", "J06.9", "R51.9", "S93.401A", "R07.9");
    private static final List<String> ELECTIVE = List.of("M16.11", "M17.11", "M17.12", "I25.10");

    private DemoDiagnoses() {
    }

    static String forKind(Random random, EncounterKind kind) {
        List<String> codes = switch (kind) {
            case ED_VISIT -> ED;
            case OBSERVATION -> OBSERVATION;
            case INPATIENT -> INPATIENT;
            case ELECTIVE -> ELECTIVE;
        };
        return codes.get(random.nextInt(codes.size()));
    }
}
