package org.caretrail.projections.readmission;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.springframework.stereotype.Component;

/**
 * Registers the readmission processor's sequencing by patient: the projection is correct only with it, so it is
 * registered next to the projection rather than left to each application that runs it.
 */
@Component
public class ReadmissionProcessing implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing(processing -> processing.registerSequencingPolicy(ProcessingGroups.READMISSION,
                config -> new PatientSequencingPolicy()));
    }
}
