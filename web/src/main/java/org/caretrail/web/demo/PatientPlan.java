package org.caretrail.web.demo;

import java.util.List;

/** Everything one demo patient's history sends, in order; one patient's steps are never sent in parallel. */
record PatientPlan(String patientId, List<Step> steps) {
}
