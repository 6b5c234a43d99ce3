package org.caretrail.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.EducationRecordedEvent;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.domain.episode.api.FollowUpContactRecordedEvent;
import org.caretrail.domain.episode.api.NoticeDeliveredEvent;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;

/**
 * Realistic ten-event episodes for filling a store: observation turned inpatient, a transfer, a case
 * manager, a home health referral accepted, an IMM notice, education, a discharge home with home
 * health and a follow-up call. Patients have several stays, some within 30 days of each other.
 */
final class EpisodeHistories {

    static final int EVENTS_PER_EPISODE = 10;
    private static final Instant START = Instant.parse("2025-01-01T08:00:00Z");
    private static final MetaData META = MetaData.with(EventMetadata.ACTOR, "bench")
            .and(EventMetadata.ROLE, EventMetadata.ROLE_INTEGRATION).and(EventMetadata.SOURCE, EventMetadata.SOURCE_HL7);

    private EpisodeHistories() {
    }

    /** The events of episode {@code n} of the given patient, admitted {@code stay} stays into their history. */
    static List<DomainEventMessage<?>> episode(String episodeId, String patientId, int stay) {
        String facility = "F-" + (patientId.hashCode() & 7);
        Instant admitted = START.plus(Duration.ofDays(20L * stay)).plus(Duration.ofMinutes(patientId.hashCode() & 1023));
        List<Object> events = List.of(
                new PatientAdmittedEvent(episodeId, patientId, facility, admitted, PatientClass.OBSERVATION,
                        Payer.MEDICARE, "ER", "ED", "I50.9", false),
                new PatientClassChangedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(20)),
                        PatientClass.OBSERVATION, PatientClass.INPATIENT),
                new PatientTransferredEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(21)),
                        "ED", "4W"),
                new CaseManagerAssignedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(24)),
                        "nurse-" + (stay % 40)),
                new ReferralPlacedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(30)),
                        episodeId + "-R1", ServiceType.HOME_HEALTH, "HH-" + (stay % 9)),
                new ReferralAcceptedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(40)),
                        episodeId + "-R1", ServiceType.HOME_HEALTH, "HH-" + (stay % 9)),
                new NoticeDeliveredEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(22)),
                        NoticeType.IMM, NoticeOutcome.SIGNED),
                new EducationRecordedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(50)),
                        "heart failure diet", true),
                new PatientDischargedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(72)), "06",
                        "HH-" + (stay % 9), PatientClass.INPATIENT),
                new FollowUpContactRecordedEvent(episodeId, patientId, facility, admitted.plus(Duration.ofHours(96)),
                        true, "phone"));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Episode", episodeId, sequence, events.get(sequence), META));
        }
        return messages;
    }
}
