/** Readmission measures of docs/MEASURES.md as pure rules: a patient's stays and an asOf in, a timeline and rates out. */
package org.caretrail.projections.readmission;
