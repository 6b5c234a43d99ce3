package org.caretrail.web.demo;

import java.time.LocalDate;
import org.caretrail.domain.episode.api.Payer;

/** A synthetic patient of the demo population. */
record DemoPatient(String id, String name, LocalDate birthDate, String sex, Payer payer, DemoFacility home) {

    boolean medicare() {
        return payer == Payer.MEDICARE || payer == Payer.MEDICARE_ADVANTAGE;
    }
}
