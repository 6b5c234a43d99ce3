package org.caretrail.projections.notification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * What routing knows of an episode, as positioned facts: read "before position p" it gives the class, diagnosis,
 * open referrals and the notices sent at the time of the event at p, whatever was redelivered since.
 */
record EpisodeRecord(String episodeId, String patientId, String facilityId, List<EpisodeEntry> entries) {

    static EpisodeRecord of(String episodeId, String patientId, String facilityId) {
        return new EpisodeRecord(episodeId, patientId, facilityId, List.of());
    }

    EpisodeRecord with(EpisodeEntry entry) {
        if (entries.contains(entry)) {
            return this;
        }
        List<EpisodeEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new EpisodeRecord(episodeId, patientId, facilityId, more);
    }

    PatientClass patientClassBefore(long position) {
        return before(position).filter(entry -> entry.kind() == EpisodeEntry.Kind.CLASS)
                .reduce((first, second) -> second).map(EpisodeEntry::patientClass).orElse(null);
    }

    String diagnosisBefore(long position) {
        return before(position).filter(entry -> entry.kind() == EpisodeEntry.Kind.DIAGNOSIS)
                .reduce((first, second) -> second).map(EpisodeEntry::diagnosis).orElse(null);
    }

    /** Providers of the referrals open (placed or accepted, not declined or cancelled) before the position. */
    Set<String> referralProvidersBefore(long position) {
        Map<String, String> open = new LinkedHashMap<>();
        before(position).forEach(entry -> {
            if (entry.kind() == EpisodeEntry.Kind.REFERRAL_OPEN) {
                open.put(entry.referralId(), entry.providerId());
            } else if (entry.kind() == EpisodeEntry.Kind.REFERRAL_CLOSED) {
                open.remove(entry.referralId());
            }
        });
        return new LinkedHashSet<>(open.values());
    }

    /** The notices sent before the position that no cancellation notice has answered yet, oldest first. */
    List<EpisodeEntry> liveNoticesBefore(long position) {
        Set<String> cancelled = new LinkedHashSet<>();
        before(position).filter(entry -> entry.kind() == EpisodeEntry.Kind.CANCELLATION_SENT)
                .forEach(entry -> cancelled.add(entry.notificationId()));
        return before(position).filter(entry -> entry.kind() == EpisodeEntry.Kind.NOTIFIED)
                .filter(entry -> !cancelled.contains(entry.notificationId())).toList();
    }

    private Stream<EpisodeEntry> before(long position) {
        return entries.stream().filter(entry -> entry.position() < position)
                .sorted(Comparator.comparingLong(EpisodeEntry::position));
    }
}
