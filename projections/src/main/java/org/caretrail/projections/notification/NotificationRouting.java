package org.caretrail.projections.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.CareRelationship;

/**
 * Who must be told of a triggering event: the care team in force at the event's clinical time as recorded before the
 * event, plus the post-acute providers of its referrals and discharge destination, each only if registered (before
 * the event) for that trigger; all of them withheld when the patient's preference at the clinical time is an opt-out.
 */
final class NotificationRouting {

    private static final Set<NotificationTrigger> DISCHARGES = Set.of(NotificationTrigger.DISCHARGE,
            NotificationTrigger.TRANSFER);

    private NotificationRouting() {
    }

    /**
     * @param registered the registration of a recipient id recorded before a position, if any
     */
    static List<Routed> route(TriggeringEvent event, EpisodeRecord episode, PatientRecord patient,
                              BiFunction<String, Long, Optional<RecipientEntry>> registered) {
        long position = event.position();
        Map<String, CareRelationship> candidates = new LinkedHashMap<>();
        patient.membersAt(event.occurredAt(), position)
                .forEach(member -> candidates.putIfAbsent(member.recipientId(), member.relationship()));
        if (DISCHARGES.contains(event.trigger())) {
            Optional.ofNullable(event.destinationProviderId())
                    .ifPresent(provider -> candidates.putIfAbsent(provider, CareRelationship.POST_ACUTE));
            episode.referralProvidersBefore(position)
                    .forEach(provider -> candidates.putIfAbsent(provider, CareRelationship.POST_ACUTE));
        }
        boolean optedOut = patient.preferenceAt(event.occurredAt(), position).map(PreferenceEntry::optOut).orElse(false);
        List<Routed> routed = new ArrayList<>();
        candidates.forEach((recipientId, relationship) -> registered.apply(recipientId, position)
                .filter(recipient -> recipient.takes(event.trigger()))
                .ifPresent(recipient -> routed.add(new Routed(recipient, relationship, event.trigger(), optedOut, null))));
        return routed;
    }

    /**
     * Who is sent a cancellation notice: every recipient told of the cancelled trigger and not yet told of its
     * cancellation. A cancelled discharge corrects the discharge (or transfer) notices; a cancelled episode, all.
     * The notice goes out whatever the preference now is: it withdraws what the recipient already knows.
     */
    static List<Routed> cancel(TriggeringEvent cancellation, EpisodeRecord episode,
                               BiFunction<String, Long, Optional<RecipientEntry>> registered) {
        long position = cancellation.position();
        List<Routed> routed = new ArrayList<>();
        for (EpisodeEntry notice : episode.liveNoticesBefore(position)) {
            if (cancellation.trigger() != null && !DISCHARGES.contains(notice.trigger())) {
                continue;
            }
            registered.apply(notice.recipientId(), position).ifPresent(recipient -> routed.add(
                    new Routed(recipient, notice.relationship(), notice.trigger(), false, notice.notificationId())));
        }
        return routed;
    }
}
