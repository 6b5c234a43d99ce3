/** Post-acute placement: each referral's course, kept current by the referral events, and figures per provider. */
package org.caretrail.projections.placement;
