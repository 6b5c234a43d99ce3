package org.caretrail.projections.risk;

import java.util.List;

/** One row of the Charlson table: a condition, its weight, its ICD-10 prefixes (without dots), the heavier form. */
record CharlsonCondition(String name, int weight, String supersededBy, List<String> prefixes) {
}
