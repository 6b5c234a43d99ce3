/** How CareTrail turns messages into JSON and back. */
package org.caretrail.infra.serialization;
