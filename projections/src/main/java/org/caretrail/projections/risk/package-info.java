/** LACE readmission risk (van Walraven et al., CMAJ 2010) as pure rules, with the Charlson table as data. */
package org.caretrail.projections.risk;
