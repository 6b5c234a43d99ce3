package org.caretrail.projections.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {

    @Test
    void anEmergencyArrivalIsAnEdRegistration() {
        assertThat(TriggerRules.admission(PatientClass.EMERGENCY)).isEqualTo(NotificationTrigger.ED_REGISTRATION);
    }

    @Test
    void aDirectObservationOrInpatientArrivalIsAnAdmission() {
        assertThat(TriggerRules.admission(PatientClass.OBSERVATION)).isEqualTo(NotificationTrigger.ADMISSION);
        assertThat(TriggerRules.admission(PatientClass.INPATIENT)).isEqualTo(NotificationTrigger.ADMISSION);
    }

    @Test
    void leavingTheEdForObservationOrAWardIsAnAdmission() {
        assertThat(TriggerRules.classChange(PatientClass.EMERGENCY, PatientClass.OBSERVATION))
                .contains(NotificationTrigger.ADMISSION);
        assertThat(TriggerRules.classChange(PatientClass.EMERGENCY, PatientClass.INPATIENT))
                .contains(NotificationTrigger.ADMISSION);
        assertThat(TriggerRules.classChange(PatientClass.OBSERVATION, PatientClass.INPATIENT))
                .contains(NotificationTrigger.ADMISSION);
    }

    @Test
    void goingBackDownAClassIsNoTrigger() {
        assertThat(TriggerRules.classChange(PatientClass.INPATIENT, PatientClass.OBSERVATION)).isEmpty();
    }

    @Test
    void aDischargeToAnotherHospitalIsATransferAndHomeIsADischarge() {
        assertThat(TriggerRules.discharge("02")).isEqualTo(NotificationTrigger.TRANSFER);
        assertThat(TriggerRules.discharge("66")).isEqualTo(NotificationTrigger.TRANSFER);
        assertThat(TriggerRules.discharge("01")).isEqualTo(NotificationTrigger.DISCHARGE);
        assertThat(TriggerRules.discharge("03")).isEqualTo(NotificationTrigger.DISCHARGE);
        assertThat(TriggerRules.discharge(null)).isEqualTo(NotificationTrigger.DISCHARGE);
    }
}
