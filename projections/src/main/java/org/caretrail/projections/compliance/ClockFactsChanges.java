package org.caretrail.projections.compliance;

import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.FollowUpContactRecordedEvent;
import org.caretrail.domain.episode.api.NoticeDeliveredEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PostAcuteChoiceDocumentedEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;

/**
 * What each event changes in an episode's {@link ClockFacts}: the one rule the projection stores by and a knownAt
 * read replays by. An event neither a clock nor the worklist depends on ({@link #concerns} false) leaves the facts
 * as they are; the case manager's assignment no clock reads, but the worklist is narrowed by it.
 */
final class ClockFactsChanges {

    private ClockFactsChanges() {
    }

    /** Whether any clock, or the worklist's case manager, depends on this kind of event; only those are handled. */
    static boolean concerns(EpisodeEvent event) {
        return event instanceof PatientAdmittedEvent || event instanceof PatientClassChangedEvent
                || event instanceof PatientDischargedEvent || event instanceof DispositionRecordedEvent
                || event instanceof DischargeCancelledEvent || event instanceof EpisodeCancelledEvent
                || event instanceof EpisodeDetailsCorrectedEvent || event instanceof NoticeDeliveredEvent
                || event instanceof FollowUpContactRecordedEvent || event instanceof PostAcuteChoiceDocumentedEvent
                || event instanceof ReferralPlacedEvent || event instanceof ReferralAcceptedEvent
                || event instanceof ReferralDeclinedEvent || event instanceof ReferralCancelledEvent
                || event instanceof CaseManagerAssignedEvent;
    }

    /** The facts after the event; null facts (nothing admitted yet) stay null unless the event is the admission. */
    static ClockFacts apply(ClockFacts facts, EpisodeEvent event) {
        if (event instanceof PatientAdmittedEvent admitted) {
            return ClockFacts.admitted(admitted.episodeId(), admitted.patientId(), admitted.facilityId(),
                    admitted.payer(), admitted.patientClass(), admitted.occurredAt());
        }
        if (facts == null || !concerns(event)) {
            return facts;
        }
        if (event instanceof PatientClassChangedEvent changed) {
            return facts.withClassChange(changed.toClass(), changed.occurredAt());
        } else if (event instanceof PatientDischargedEvent discharged) {
            return facts.withDischarge(new Discharge(discharged.occurredAt(), discharged.disposition()));
        } else if (event instanceof DispositionRecordedEvent recorded) {
            return facts.discharge() == null ? facts
                    : facts.withDischarge(new Discharge(facts.discharge().dischargedAt(), recorded.disposition()));
        } else if (event instanceof DischargeCancelledEvent) {
            return facts.withoutDischarge();
        } else if (event instanceof EpisodeCancelledEvent) {
            return facts.asCancelled();
        } else if (event instanceof EpisodeDetailsCorrectedEvent corrected) {
            return corrected.payer() == null ? facts : facts.withPayer(corrected.payer());
        } else if (event instanceof NoticeDeliveredEvent notice) {
            return facts.withNotice(new Notice(notice.notice(), notice.outcome(), notice.occurredAt()));
        } else if (event instanceof FollowUpContactRecordedEvent contact) {
            return facts.withContact(new FollowUpContact(contact.occurredAt(), contact.successful()));
        } else if (event instanceof PostAcuteChoiceDocumentedEvent choice) {
            return facts.withChoiceList(choice.occurredAt());
        } else if (event instanceof ReferralPlacedEvent placed) {
            return facts.withReferral(Referral.placed(placed.referralId(), placed.serviceType().name(),
                    placed.occurredAt()));
        } else if (event instanceof ReferralAcceptedEvent accepted) {
            return facts.withReferralAnswered(accepted.referralId(),
                    new ReferralAnswer(ReferralDecision.ACCEPTED, accepted.occurredAt()));
        } else if (event instanceof ReferralDeclinedEvent declined) {
            return facts.withReferralAnswered(declined.referralId(),
                    new ReferralAnswer(ReferralDecision.DECLINED, declined.occurredAt()));
        } else if (event instanceof ReferralCancelledEvent cancelled) {
            return facts.withReferralCancelled(cancelled.referralId(), cancelled.occurredAt());
        } else if (event instanceof CaseManagerAssignedEvent assigned) {
            return facts.withCaseManager(assigned.caseManagerId());
        }
        return facts;
    }
}
