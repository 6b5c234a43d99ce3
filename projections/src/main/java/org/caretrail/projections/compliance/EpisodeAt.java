package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.projections.facility.FacilityCalendar;

/** An episode as the clinical world stood at asOf: facts that occurred later have not happened. */
final class EpisodeAt {

    private final ClockFacts facts;
    private final FacilityCalendar calendar;
    private final Instant asOf;
    private final Discharge discharge;

    EpisodeAt(ClockFacts facts, FacilityCalendar calendar, Instant asOf) {
        this.facts = facts;
        this.calendar = calendar;
        this.asOf = asOf;
        this.discharge = facts.discharge() != null && happened(facts.discharge().dischargedAt())
                ? facts.discharge() : null;
    }

    Instant asOf() {
        return asOf;
    }

    FacilityCalendar calendar() {
        return calendar;
    }

    /** Admitted by asOf and not cancelled: only such an episode has clocks that apply. */
    boolean isLive() {
        return !facts.cancelled() && happened(facts.admittedAt());
    }

    boolean owesMedicareNotices() {
        return isMedicare(facts.payer());
    }

    /** The current discharge if it has happened by asOf, else null. */
    Discharge discharge() {
        return discharge;
    }

    boolean happened(Instant instant) {
        return !instant.isAfter(asOf);
    }

    /** Happened by asOf and no later than the discharge: a fact "in the episode". */
    boolean inEpisode(Instant instant) {
        return happened(instant) && (discharge == null || !instant.isAfter(discharge.dischargedAt()));
    }

    List<ClassSlice> classHistory() {
        return facts.classHistory().stream()
                .filter(slice -> inEpisode(slice.from()))
                .sorted(Comparator.comparing(ClassSlice::from))
                .toList();
    }

    Optional<Instant> firstInpatientStart() {
        return classHistory().stream()
                .filter(slice -> slice.patientClass() == PatientClass.INPATIENT)
                .map(ClassSlice::from)
                .findFirst();
    }

    /** The first observation period: its end is the next change to another class, or the discharge. */
    Optional<Period> firstObservationPeriod() {
        List<ClassSlice> slices = classHistory();
        for (int i = 0; i < slices.size(); i++) {
            if (slices.get(i).patientClass() == PatientClass.OBSERVATION) {
                return Optional.of(new Period(slices.get(i).from(), endOfClassFrom(slices, i)));
            }
        }
        return Optional.empty();
    }

    private Instant endOfClassFrom(List<ClassSlice> slices, int index) {
        PatientClass patientClass = slices.get(index).patientClass();
        return slices.subList(index + 1, slices.size()).stream()
                .filter(slice -> slice.patientClass() != patientClass)
                .map(ClassSlice::from)
                .findFirst()
                .orElse(discharge == null ? null : discharge.dischargedAt());
    }

    /** Notices of one type delivered in the episode by asOf, earliest first. */
    List<Notice> notices(NoticeType type) {
        return facts.notices().stream()
                .filter(notice -> notice.type() == type && inEpisode(notice.deliveredAt()))
                .sorted(Comparator.comparing(Notice::deliveredAt))
                .toList();
    }

    /** Follow-up contacts made after the current discharge, by asOf, earliest first. */
    List<FollowUpContact> contactsSinceDischarge() {
        if (discharge == null) {
            return List.of();
        }
        return facts.contacts().stream()
                .filter(contact -> happened(contact.contactedAt())
                        && !contact.contactedAt().isBefore(discharge.dischargedAt()))
                .sorted(Comparator.comparing(FollowUpContact::contactedAt))
                .toList();
    }

    /** Choice lists documented by asOf, earliest first. */
    List<Instant> choiceLists() {
        return facts.choiceListsDocumentedAt().stream().filter(this::happened).sorted().toList();
    }

    /** Referrals in a stable order: as placed, then by id. */
    List<Referral> referrals() {
        return facts.referrals().stream()
                .sorted(Comparator.comparing(Referral::placedAt).thenComparing(Referral::referralId))
                .toList();
    }

    /** A stretch of time; {@code end} is null while it is still going on at asOf. */
    record Period(Instant start, Instant end) {
    }

    /** IMM and MOON notices are owed to Medicare beneficiaries only, Medicare Advantage included; null is unknown. */
    private static boolean isMedicare(Payer payer) {
        return payer == Payer.MEDICARE || payer == Payer.MEDICARE_ADVANTAGE;
    }
}
