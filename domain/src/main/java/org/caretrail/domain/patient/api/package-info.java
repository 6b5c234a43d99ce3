/** Public messages of the patient: care team, notification preference, their queries and value types. */
package org.caretrail.domain.patient.api;
