package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientReadTest {

    @Test
    void episodeViewsTrailsAndClocksNameTheirEpisode() {
        assertThat(PatientRead.of("GET", "/api/v1/episodes/E-1", null)).contains(new PatientRead("E-1", null));
        assertThat(PatientRead.of("GET", "/api/v1/episodes/E-1/audit", null)).contains(new PatientRead("E-1", null));
        assertThat(PatientRead.of("GET", "/api/v1/episodes/E%201/compliance", null))
                .contains(new PatientRead("E 1", null));
    }

    @Test
    void timelinesNameTheirPatient() {
        assertThat(PatientRead.of("GET", "/api/v1/patients/P-9/timeline", null)).contains(new PatientRead(null, "P-9"));
    }

    @Test
    void searchesAndWorklistsNameThePatientTheyAskFor() {
        assertThat(PatientRead.of("GET", "/api/v1/audit", "P-3")).contains(new PatientRead(null, "P-3"));
        assertThat(PatientRead.of("GET", "/api/v1/compliance/worklist", null)).contains(new PatientRead(null, null));
    }

    @Test
    void commandsAggregatesAndTheLogItselfAreNotPatientReads() {
        assertThat(PatientRead.of("POST", "/api/v1/episodes/E-1/transfers", null)).isEmpty();
        assertThat(PatientRead.of("GET", "/api/v1/readmissions/rate", null)).isEmpty();
        assertThat(PatientRead.of("GET", "/api/v1/compliance/report", null)).isEmpty();
        assertThat(PatientRead.of("GET", "/api/v1/access-log", "P-3")).isEmpty();
        assertThat(PatientRead.of("GET", "/api/v1/audit/verify", null)).isEmpty();
        assertThat(PatientRead.of("GET", "/actuator/health", null)).isEmpty();
    }
}
