/** Tamper evidence for the event store: global checkpoints over the hash chains, and their verification. */
package org.caretrail.infra.integrity;
