/** Public messages of readmission risk: the LACE score of a stay and the query for it. */
package org.caretrail.domain.risk.api;
