/** Queries and answers of the readmission measures: patient timelines and facility readmission rates. */
package org.caretrail.domain.readmission.api;
