package org.caretrail.projections.readmission;

import java.util.ArrayList;
import java.util.Optional;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCodedEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;

/**
 * What each event changes in a stay's {@link StayFacts}: the one rule the projection stores by and a knownAt read
 * replays by. An event no readmission rule depends on ({@link #concerns} false) changes nothing.
 */
final class StayChanges {

    private StayChanges() {
    }

    /** Whether a readmission rule depends on this kind of event; the projection handles only those. */
    static boolean concerns(EpisodeEvent event) {
        return event instanceof PatientAdmittedEvent || event instanceof EpisodeCodedEvent
                || event instanceof PatientClassChangedEvent || event instanceof PatientDischargedEvent
                || event instanceof DispositionRecordedEvent || event instanceof DischargeCancelledEvent
                || event instanceof EpisodeCancelledEvent || event instanceof EpisodeDetailsCorrectedEvent;
    }

    static void apply(StayFacts episode, EpisodeEvent event) {
        if (event instanceof PatientAdmittedEvent admitted) {
            episode.admittedAt = admitted.occurredAt();
            episode.classSlices.add(new ClassSlice(admitted.patientClass(), admitted.occurredAt()));
            episode.principalDiagnosis = admitted.principalDiagnosis();
            episode.planned = admitted.planned();
            episode.payer = admitted.payer();
            episode.birthDate = admitted.birthDate();
            episode.admitSource = admitted.admitSource();
        } else if (event instanceof EpisodeCodedEvent coded) {
            // The latest coding by its coding time wins; a late-arriving older one is kept in the audit trail only.
            if (episode.codedAt == null || !coded.occurredAt().isBefore(episode.codedAt)) {
                episode.diagnoses = new ArrayList<>(coded.diagnoses());
                episode.procedures = new ArrayList<>(coded.procedures());
                episode.codedAt = coded.occurredAt();
            }
        } else if (event instanceof PatientClassChangedEvent changed) {
            episode.classSlices.add(new ClassSlice(changed.toClass(), changed.occurredAt()));
        } else if (event instanceof PatientDischargedEvent discharged) {
            episode.dischargedAt = discharged.occurredAt();
            episode.disposition = discharged.disposition();
            episode.destinationProviderId = discharged.destinationProviderId();
        } else if (event instanceof DispositionRecordedEvent recorded) {
            episode.disposition = recorded.disposition();
        } else if (event instanceof DischargeCancelledEvent) {
            episode.dischargedAt = null;
            episode.disposition = null;
            episode.destinationProviderId = null;
        } else if (event instanceof EpisodeCancelledEvent) {
            episode.cancelled = true;
        } else if (event instanceof EpisodeDetailsCorrectedEvent corrected) {
            Optional.ofNullable(corrected.principalDiagnosis()).ifPresent(code -> episode.principalDiagnosis = code);
            Optional.ofNullable(corrected.planned()).ifPresent(planned -> episode.planned = planned);
            Optional.ofNullable(corrected.payer()).ifPresent(payer -> episode.payer = payer);
        }
    }
}
