package org.caretrail.domain.episode;

import java.time.Instant;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;

/** Fixed ids, instants and given events shared by the aggregate tests. */
final class EpisodeSamples {

    static final String EPISODE = "ep-1";
    static final String PATIENT = "pat-1";
    static final String FACILITY = "fac-1";
    static final String REFERRAL = "ref-1";
    static final String PROVIDER = "snf-7";

    static final Instant ADMITTED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant BEFORE_ADMISSION = Instant.parse("2026-03-01T09:59:59Z");
    static final Instant DAY_2 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant DAY_3 = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant DISCHARGED = Instant.parse("2026-03-05T15:00:00Z");
    static final Instant AFTER_DISCHARGE = Instant.parse("2026-03-06T11:00:00Z");

    private EpisodeSamples() {
    }

    static AdmitPatientCommand admit() {
        return new AdmitPatientCommand(EPISODE, PATIENT, FACILITY, PatientClass.INPATIENT,
                ADMITTED, Payer.MEDICARE, "EMERGENCY_ROOM", "4W", "I50.9", false);
    }

    static PatientAdmittedEvent admitted() {
        return admitted(PatientClass.INPATIENT);
    }

    static PatientAdmittedEvent admitted(PatientClass patientClass) {
        return new PatientAdmittedEvent(EPISODE, PATIENT, FACILITY, ADMITTED, patientClass,
                Payer.MEDICARE, "EMERGENCY_ROOM", "4W", "I50.9", false);
    }

    static PatientDischargedEvent discharged() {
        return new PatientDischargedEvent(EPISODE, PATIENT, FACILITY, DISCHARGED, "01", null,
                PatientClass.INPATIENT);
    }

    static ReferralPlacedEvent referralPlaced() {
        return new ReferralPlacedEvent(EPISODE, PATIENT, FACILITY, DAY_2, REFERRAL,
                ServiceType.SNF, PROVIDER);
    }
}
