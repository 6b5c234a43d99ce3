/**
 * Delivery of event notifications: the worker that takes notices from the outbox routing writes, sends them as
 * signed webhooks or HL7 v2 ADT over MLLP, and retries with backoff until delivered or dead.
 */
package org.caretrail.infra.notification;
