package org.caretrail.projections.notification;

import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.CareRelationship;

/**
 * One fact routing keeps about an episode, at the global position of the event that told it: the class, a diagnosis,
 * a referral opened or closed, or a notice sent (and, for a cancellation notice, which notice it cancels).
 */
record EpisodeEntry(long position, Kind kind, PatientClass patientClass, String diagnosis, String referralId,
                    String providerId, String recipientId, CareRelationship relationship, NotificationTrigger trigger,
                    String notificationId) {

    /** What the entry records. */
    enum Kind { CLASS, DIAGNOSIS, REFERRAL_OPEN, REFERRAL_CLOSED, NOTIFIED, CANCELLATION_SENT }

    static EpisodeEntry patientClass(long position, PatientClass patientClass) {
        return new EpisodeEntry(position, Kind.CLASS, patientClass, null, null, null, null, null, null, null);
    }

    static EpisodeEntry diagnosis(long position, String diagnosis) {
        return new EpisodeEntry(position, Kind.DIAGNOSIS, null, diagnosis, null, null, null, null, null, null);
    }

    static EpisodeEntry referral(long position, boolean open, String referralId, String providerId) {
        return new EpisodeEntry(position, open ? Kind.REFERRAL_OPEN : Kind.REFERRAL_CLOSED, null, null, referralId,
                providerId, null, null, null, null);
    }

    static EpisodeEntry notified(long position, Routed routed, String notificationId) {
        return new EpisodeEntry(position, Kind.NOTIFIED, null, null, null, null, routed.recipient().recipientId(),
                routed.relationship(), routed.trigger(), notificationId);
    }

    /** A cancellation notice sent at {@code position} for the notice {@code cancelledNotificationId}. */
    static EpisodeEntry cancellationSent(long position, String cancelledNotificationId) {
        return new EpisodeEntry(position, Kind.CANCELLATION_SENT, null, null, null, null, null, null, null,
                cancelledNotificationId);
    }
}
