package org.caretrail.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.query.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilds a projection from the event store: stop it, reset its tokens (which clears its data), start it. */
@RestController
@Tag(name = "Administration")
public class ProjectionAdminController {

    private final EventProcessingConfiguration processing;

    public ProjectionAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @NoPatientData
    @PostMapping("/api/v1/admin/projections/{name}/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild one projection from the event store")
    public Map<String, String> reset(@PathVariable String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("No projection named '" + name + "'."));
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return Map.of("projection", name, "status", "REBUILDING");
    }
}
