/** Condition cohorts of docs/MEASURES.md as pure rules over a stay's coding, with value sets loaded from versioned CSV. */
package org.caretrail.projections.cohort;
