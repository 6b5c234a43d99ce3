package org.caretrail.domain.episode.api;

import java.time.Instant;

/**
 * An event recorded on an episode: what every one carries (the episode, its patient and facility, and the clinical
 * time it happened), so that a reader needs no reflection or map lookup to find them.
 */
public sealed interface EpisodeEvent permits
        CaseManagerAssignedEvent,
        DischargeCancelledEvent,
        DispositionRecordedEvent,
        EducationRecordedEvent,
        EpisodeCancelledEvent,
        EpisodeCodedEvent,
        EpisodeDetailsCorrectedEvent,
        FollowUpContactRecordedEvent,
        NeedsAssessmentRecordedEvent,
        NoticeDeliveredEvent,
        PatientAdmittedEvent,
        PatientClassChangedEvent,
        PatientDischargedEvent,
        PatientTransferredEvent,
        PostAcuteChoiceDocumentedEvent,
        ReferralAcceptedEvent,
        ReferralCancelledEvent,
        ReferralDeclinedEvent,
        ReferralPlacedEvent,
        TransferCancelledEvent {

    /** The episode, which is also the aggregate the event belongs to. */
    String episodeId();

    String patientId();

    String facilityId();

    /** The clinical time the event happened at, as opposed to the time it was recorded. */
    Instant occurredAt();
}
