package org.caretrail.web.hl7;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.caretrail.infra.hl7.Hl7MessageRecord;
import org.caretrail.infra.hl7.Hl7Outcome;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kept HL7 messages for administrators: the parked and rejected ones, any outcome's, and re-running one. */
@RestController
@Validated
@RequestMapping("/api/v1/admin/hl7/messages")
@Tag(name = "Administration")
public class Hl7AdminController {

    /** With no outcome named, the messages that wait for someone: parked first, then rejected. */
    static final List<Hl7Outcome> NEEDING_ACTION = List.of(Hl7Outcome.PARKED, Hl7Outcome.REJECTED);

    /** The largest page, which the operations page asks for. */
    public static final int MAX_PAGE_SIZE = 1_000;

    private final Hl7Inbox inbox;

    public Hl7AdminController(Hl7Inbox inbox) {
        this.inbox = inbox;
    }

    @PatientRead // raw messages hold names, birth dates and identifiers
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Kept HL7 messages with one outcome (IGNORED ones with the reason), oldest first; parked "
            + "then rejected ones when none is named; paged; CSV (without the raw text) with Accept: text/csv")
    public Hl7MessageList messages(@RequestParam(required = false) Hl7Outcome outcome,
                                   @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        List<Hl7Outcome> outcomes = outcome == null ? NEEDING_ACTION : List.of(outcome);
        List<Hl7MessageRecord> shown = inbox.messages(outcomes, page * size, size);
        return new Hl7MessageList(shown.stream().map(Hl7MessageView::of).toList(), page, size,
                inbox.countMessages(outcomes));
    }

    @PatientRead // answers the message as kept, raw text included
    @PostMapping("/{id}/retry")
    @Operation(summary = "Re-run a parked, rejected, ignored or failed HL7 message (after fixing its cause or "
            + "its sender's profile); answers what became of it")
    public ResponseEntity<Object> retry(@PathVariable String id) {
        try {
            Hl7MessageRecord rerun = inbox.retry(id)
                    .orElseThrow(() -> new NotFoundException("No HL7 message with id '" + id + "'."));
            return ResponseEntity.ok(Hl7MessageView.of(rerun));
        } catch (IllegalStateException e) {
            return Problems.respond(Problems.problem(HttpStatus.CONFLICT, e.getMessage()));
        }
    }
}
