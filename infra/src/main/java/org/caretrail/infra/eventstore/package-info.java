/** CareTrail's Axon event storage engine on MongoDB: atomic commits, stream keys, gap-aware tracking. */
package org.caretrail.infra.eventstore;
