package org.caretrail.projections.compliance;

import org.caretrail.domain.episode.api.NoticeDeliveredEvent;

/** Translates the episode events' vocabulary into the clock rules' own. */
final class EventFacts {

    private EventFacts() {
    }

    static Payer payer(org.caretrail.domain.episode.api.Payer payer) {
        return payer == null ? null : Payer.valueOf(payer.name());
    }

    static PatientClass patientClass(org.caretrail.domain.episode.api.PatientClass patientClass) {
        return PatientClass.valueOf(patientClass.name());
    }

    static Notice notice(NoticeDeliveredEvent event) {
        return new Notice(NoticeType.valueOf(event.notice().name()), NoticeOutcome.valueOf(event.outcome().name()),
                event.occurredAt());
    }
}
