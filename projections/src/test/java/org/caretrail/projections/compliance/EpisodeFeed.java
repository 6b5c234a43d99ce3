package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.FollowUpContactRecordedEvent;
import org.caretrail.domain.episode.api.NoticeDeliveredEvent;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.PostAcuteChoiceDocumentedEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;

/**
 * Feeds one episode's events to the projection with their event sequence numbers, as Axon would; {@link #again()}
 * delivers the last event once more, as after a crash before the token was stored.
 */
final class EpisodeFeed {

    private final ComplianceProjection projection;
    private final String episodeId;
    private final String patientId;
    private final String facilityId;
    private long sequence = -1;
    private Runnable last;

    EpisodeFeed(ComplianceProjection projection, String episodeId, String facilityId) {
        this.projection = projection;
        this.episodeId = episodeId;
        this.patientId = "patient-of-" + episodeId;
        this.facilityId = facilityId;
    }

    EpisodeFeed admitted(PatientClass patientClass, Payer payer, Instant at) {
        PatientAdmittedEvent event = new PatientAdmittedEvent(episodeId, patientId, facilityId, at, patientClass,
                payer, null, "4W", "I50.9", false);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed classChanged(PatientClass from, PatientClass to, Instant at) {
        PatientClassChangedEvent event = new PatientClassChangedEvent(episodeId, patientId, facilityId, at, from, to);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed notice(NoticeType type, Instant at) {
        NoticeDeliveredEvent event = new NoticeDeliveredEvent(episodeId, patientId, facilityId, at, type,
                NoticeOutcome.SIGNED);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed discharged(String disposition, Instant at) {
        PatientDischargedEvent event = new PatientDischargedEvent(episodeId, patientId, facilityId, at, disposition,
                null, PatientClass.INPATIENT);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed dispositionRecorded(String disposition, Instant at) {
        DispositionRecordedEvent event = new DispositionRecordedEvent(episodeId, patientId, facilityId, at,
                disposition, null);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed dischargeCancelled(Instant at) {
        DischargeCancelledEvent event = new DischargeCancelledEvent(episodeId, patientId, facilityId, at, "wrong");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed cancelled(Instant at) {
        EpisodeCancelledEvent event = new EpisodeCancelledEvent(episodeId, patientId, facilityId, at, "in error");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed payerCorrected(Payer payer, Instant at) {
        EpisodeDetailsCorrectedEvent event = new EpisodeDetailsCorrectedEvent(episodeId, patientId, facilityId, at,
                null, payer, null, null);
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed contact(boolean successful, Instant at) {
        FollowUpContactRecordedEvent event = new FollowUpContactRecordedEvent(episodeId, patientId, facilityId, at,
                successful, "phone");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed choiceList(Instant at) {
        PostAcuteChoiceDocumentedEvent event = new PostAcuteChoiceDocumentedEvent(episodeId, patientId, facilityId,
                at, List.of("HH-1", "HH-2"), "HH-1");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed referral(String referralId, ServiceType type, Instant at) {
        ReferralPlacedEvent event = new ReferralPlacedEvent(episodeId, patientId, facilityId, at, referralId, type,
                "provider-1");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed referralAccepted(String referralId, ServiceType type, Instant at) {
        ReferralAcceptedEvent event = new ReferralAcceptedEvent(episodeId, patientId, facilityId, at, referralId,
                type, "provider-1");
        return deliver(seq -> projection.on(event, seq));
    }

    EpisodeFeed referralCancelled(String referralId, ServiceType type, Instant at) {
        ReferralCancelledEvent event = new ReferralCancelledEvent(episodeId, patientId, facilityId, at, referralId,
                type, "provider-1", "not needed");
        return deliver(seq -> projection.on(event, seq));
    }

    /** Delivers the last event again with its original sequence number. */
    EpisodeFeed again() {
        last.run();
        return this;
    }

    private EpisodeFeed deliver(java.util.function.LongConsumer handler) {
        long assigned = ++sequence;
        last = () -> handler.accept(assigned);
        last.run();
        return this;
    }
}
