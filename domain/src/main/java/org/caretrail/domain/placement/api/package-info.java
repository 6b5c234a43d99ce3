/** Public messages of post-acute placement: referral figures per provider, outcomes per destination. */
package org.caretrail.domain.placement.api;
