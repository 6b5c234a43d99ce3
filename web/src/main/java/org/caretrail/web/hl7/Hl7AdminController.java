package org.caretrail.web.hl7;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.caretrail.infra.hl7.Hl7MessageRecord;
import org.caretrail.infra.hl7.Hl7Outcome;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kept HL7 messages for administrators: the parked and rejected ones, any outcome's, and re-running one. */
@RestController
@RequestMapping("/api/v1/admin/hl7/messages")
@Tag(name = "Administration")
public class Hl7AdminController {

    static final int MAX_LISTED = 500;

    private final Hl7Inbox inbox;

    public Hl7AdminController(Hl7Inbox inbox) {
        this.inbox = inbox;
    }

    @PatientRead // raw messages hold names, birth dates and identifiers
    @GetMapping
    @Operation(summary = "Kept HL7 messages with one outcome (IGNORED ones with the reason); parked and rejected "
            + "ones when none is named")
    public Hl7MessageList messages(@RequestParam(required = false) Hl7Outcome outcome) {
        List<Hl7MessageRecord> items = new ArrayList<>();
        if (outcome != null) {
            items.addAll(inbox.messages(outcome, MAX_LISTED));
        } else {
            items.addAll(inbox.messages(Hl7Outcome.PARKED, MAX_LISTED));
            items.addAll(inbox.messages(Hl7Outcome.REJECTED, MAX_LISTED));
        }
        return new Hl7MessageList(items.stream().map(Hl7MessageView::of).toList());
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
