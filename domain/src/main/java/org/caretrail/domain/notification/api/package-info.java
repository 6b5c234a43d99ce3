/** Public messages of event notifications: recipients, triggers, the delivery log and its report. */
package org.caretrail.domain.notification.api;
