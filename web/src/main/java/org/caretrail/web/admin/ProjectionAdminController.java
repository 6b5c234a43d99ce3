package org.caretrail.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projections' progress, and rebuilding one from the event store: stop it, reset its tokens (which clears its
 * data), start it.
 */
@RestController
@Validated
@Tag(name = "Administration")
public class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ProjectionStatuses statuses;

    public ProjectionAdminController(EventProcessingConfiguration processing, ProjectionStatuses statuses) {
        this.processing = processing;
        this.statuses = statuses;
    }

    @NoPatientData // positions and counts
    @GetMapping(path = "/api/v1/admin/projections", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Each projection's position, the event store's head, the lag between them, and the "
            + "progress of a rebuild; CSV with Accept: text/csv")
    public ProjectionStatusPage projections(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(1_000) int size) {
        List<ProjectionStatus> all = statuses.all();
        long start = (long) page * size;
        List<ProjectionStatus> shown = start >= all.size() ? List.of()
                : all.subList((int) start, (int) Math.min(all.size(), start + size));
        return new ProjectionStatusPage(shown, page, size, all.size());
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
