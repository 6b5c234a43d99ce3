/** Queries and answers of the audit trail: every event ever recorded, with who recorded it. */
package org.caretrail.domain.audit.api;
