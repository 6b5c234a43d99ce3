package org.caretrail.projections.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What routing knows of a patient: every care team period and preference ever recorded, each with its position, so
 * that the team and preference "as recorded before position p" can be read back exactly, even after a redelivery.
 */
record PatientRecord(String patientId, List<MemberEntry> members, List<PreferenceEntry> preferences) {

    static PatientRecord empty(String patientId) {
        return new PatientRecord(patientId, List.of(), List.of());
    }

    PatientRecord with(MemberEntry member) {
        if (members.stream().anyMatch(known -> known.position() == member.position())) {
            return this;
        }
        List<MemberEntry> more = new ArrayList<>(members);
        more.add(member);
        return new PatientRecord(patientId, more, preferences);
    }

    PatientRecord with(PreferenceEntry preference) {
        if (preferences.stream().anyMatch(known -> known.position() == preference.position())) {
            return this;
        }
        List<PreferenceEntry> more = new ArrayList<>(preferences);
        more.add(preference);
        return new PatientRecord(patientId, members, more);
    }

    /** The members whose latest period recorded before {@code position} covers the clinical time {@code at}. */
    List<MemberEntry> membersAt(Instant at, long position) {
        Map<String, MemberEntry> latest = new LinkedHashMap<>();
        members.stream().filter(member -> member.position() < position)
                .sorted(Comparator.comparingLong(MemberEntry::position))
                .forEach(member -> latest.put(member.key(), member));
        return latest.values().stream().filter(member -> member.covers(at)).toList();
    }

    /** The preference in force at clinical time {@code at}, among those recorded before {@code position}. */
    Optional<PreferenceEntry> preferenceAt(Instant at, long position) {
        return preferences.stream()
                .filter(preference -> preference.position() < position && !preference.effectiveAt().isAfter(at))
                .max(Comparator.comparing(PreferenceEntry::effectiveAt).thenComparingLong(PreferenceEntry::position));
    }
}
