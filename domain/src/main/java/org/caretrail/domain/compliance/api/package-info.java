/** Queries and answers of the compliance clocks, worklist and report, and the clock vocabulary they share. */
package org.caretrail.domain.compliance.api;
