package org.caretrail.projections.episodeview;

import java.time.Instant;
import java.util.Optional;
import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.TransferCancelledEvent;

/**
 * What each event changes in an episode's view: the one rule the projection applies to its stored documents and a
 * knownAt read applies to a replayed stream. Events shown nowhere in the view change nothing.
 */
final class EpisodeChanges {

    private EpisodeChanges() {
    }

    static void apply(EpisodeState state, EpisodeEvent event) {
        if (event instanceof PatientAdmittedEvent admitted) {
            state.patientId = admitted.patientId();
            state.facilityId = admitted.facilityId();
            state.status = EpisodeStatus.ACTIVE;
            state.admittedAt = admitted.occurredAt();
            state.addSlice(admitted.patientClass(), admitted.occurredAt());
            state.payer = admitted.payer();
            state.unit = admitted.unit();
            state.principalDiagnosis = admitted.principalDiagnosis();
            state.planned = admitted.planned();
        } else if (event instanceof PatientClassChangedEvent changed) {
            state.addSlice(changed.toClass(), changed.occurredAt());
        } else if (event instanceof PatientTransferredEvent transferred) {
            state.unit = transferred.toUnit();
        } else if (event instanceof TransferCancelledEvent cancelled) {
            state.unit = cancelled.restoredUnit();
        } else if (event instanceof CaseManagerAssignedEvent assigned) {
            state.caseManagerId = assigned.caseManagerId();
        } else if (event instanceof ReferralPlacedEvent placed) {
            EpisodeState.Referral referral = new EpisodeState.Referral();
            referral.referralId = placed.referralId();
            referral.serviceType = placed.serviceType();
            referral.providerId = placed.providerId();
            referral.status = ReferralStatus.PLACED;
            referral.placedAt = placed.occurredAt();
            state.referrals.put(placed.referralId(), referral);
        } else if (event instanceof ReferralAcceptedEvent accepted) {
            answer(state, accepted.referralId(), ReferralStatus.ACCEPTED, accepted.occurredAt());
        } else if (event instanceof ReferralDeclinedEvent declined) {
            answer(state, declined.referralId(), ReferralStatus.DECLINED, declined.occurredAt());
        } else if (event instanceof ReferralCancelledEvent cancelled) {
            answer(state, cancelled.referralId(), ReferralStatus.CANCELLED, cancelled.occurredAt());
        } else if (event instanceof PatientDischargedEvent discharged) {
            state.status = EpisodeStatus.DISCHARGED;
            state.dischargedAt = discharged.occurredAt();
            state.disposition = discharged.disposition();
        } else if (event instanceof DispositionRecordedEvent recorded) {
            state.disposition = recorded.disposition();
        } else if (event instanceof DischargeCancelledEvent) {
            state.status = EpisodeStatus.ACTIVE;
            state.dischargedAt = null;
            state.disposition = null;
        } else if (event instanceof EpisodeCancelledEvent) {
            state.status = EpisodeStatus.CANCELLED;
        } else if (event instanceof EpisodeDetailsCorrectedEvent corrected) {
            Optional.ofNullable(corrected.principalDiagnosis()).ifPresent(d -> state.principalDiagnosis = d);
            Optional.ofNullable(corrected.payer()).ifPresent(p -> state.payer = p);
            Optional.ofNullable(corrected.planned()).ifPresent(p -> state.planned = p);
            Optional.ofNullable(corrected.unit()).ifPresent(u -> state.unit = u);
        }
    }

    private static void answer(EpisodeState state, String referralId, ReferralStatus status, Instant at) {
        EpisodeState.Referral referral = state.referrals.get(referralId);
        if (referral != null) {
            referral.status = status;
            referral.answeredAt = at;
        }
    }
}
