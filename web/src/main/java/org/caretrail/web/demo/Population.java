package org.caretrail.web.demo;

import java.util.List;

/** A generated demo population: what to send, patient by patient, and the stays it describes. */
record Population(List<PatientPlan> patients, List<Stay> stays) {

    int stepCount() {
        return patients.stream().mapToInt(patient -> patient.steps().size()).sum();
    }
}
