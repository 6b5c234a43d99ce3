package org.caretrail.web.config;

import java.util.Map;

/** What the fields shared by many requests and answers mean, with an example, for the OpenAPI description. */
final class FieldDocs {

    /** A field's meaning and an example value (null: none). */
    record Doc(String description, Object example) {
    }

    private static final Map<String, Doc> DOCS = Map.ofEntries(
            Map.entry("episodeId", new Doc("The episode: one encounter at one facility; generated when left out",
                    "E-1")),
            Map.entry("patientId", new Doc("The patient, e.g. the medical record number", "P-1")),
            Map.entry("facilityId", new Doc("The facility; its time zone decides calendar days", "F-1")),
            Map.entry("patientClass", new Doc("EMERGENCY, OBSERVATION or INPATIENT", "INPATIENT")),
            Map.entry("admittedAt", new Doc("When the patient was admitted (clinical time, with offset)",
                    "2026-03-01T10:00:00Z")),
            Map.entry("dischargedAt", new Doc("When the patient left (clinical time)", "2026-03-04T11:00:00Z")),
            Map.entry("effectiveAt", new Doc("When it happened (clinical time; not more than a few minutes ahead)",
                    "2026-03-02T09:00:00Z")),
            Map.entry("deliveredAt", new Doc("When the notice was delivered", "2026-03-01T16:00:00Z")),
            Map.entry("contactedAt", new Doc("When the patient was contacted, or the attempt made",
                    "2026-03-05T10:00:00Z")),
            Map.entry("payer", new Doc("The primary payer; Medicare and Medicare Advantage make the notices apply",
                    "MEDICARE")),
            Map.entry("principalDiagnosis", new Doc("The working principal diagnosis, ICD-10-CM", "I50.9")),
            Map.entry("disposition", new Doc("The UB-04 patient discharge status code", "06")),
            Map.entry("destinationProviderId", new Doc("The provider the patient goes to, if any", "HH-9")),
            Map.entry("referralId", new Doc("The referral; generated when left out", "R-1")),
            Map.entry("providerId", new Doc("The post-acute provider asked to take the patient", "HH-9")),
            Map.entry("serviceType", new Doc("The service the referral asks for", "HOME_HEALTH")),
            Map.entry("toUnit", new Doc("The unit the patient moves to", "4W")),
            Map.entry("unit", new Doc("The unit of the admission", "4W")),
            Map.entry("notice", new Doc("IMM (Important Message from Medicare) or MOON (observation notice)", "IMM")),
            Map.entry("outcome", new Doc("What the patient did with the notice", "SIGNED")),
            Map.entry("planned", new Doc("A planned admission (e.g. elective surgery); planned returns are not "
                    + "readmissions", false)),
            Map.entry("successful", new Doc("Whether the patient was reached", true)),
            Map.entry("reason", new Doc("Why, in words", "Entered in error")),
            Map.entry("birthDate", new Doc("The patient's date of birth", "1948-03-12")),
            Map.entry("asOf", new Doc("The instant the answer is as of; default now", "2026-03-10T00:00:00Z")));

    private FieldDocs() {
    }

    static Doc of(String field) {
        return DOCS.get(field);
    }
}
