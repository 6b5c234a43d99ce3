package org.caretrail.web.demo;

/** What brings a demo patient to hospital, which decides the shape of the stay. */
enum EncounterKind {
    /** seen in the emergency department and sent home or elsewhere the same day */
    ED_VISIT,
    /** kept in observation, often from the ED; some stays turn inpatient */
    OBSERVATION,
    /** an unplanned inpatient stay, often from the ED; a few turn observation (condition code 44) */
    INPATIENT,
    /** a planned admission, such as a joint replacement */
    ELECTIVE
}
