/** Storage on MongoDB, the embedded default, serialization, metrics and inbound HL7. */
package org.caretrail.infra;
