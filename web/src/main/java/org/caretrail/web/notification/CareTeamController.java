package org.caretrail.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.caretrail.domain.patient.api.AssignCareTeamMemberCommand;
import org.caretrail.domain.patient.api.CareTeamResponse;
import org.caretrail.domain.patient.api.FindCareTeamQuery;
import org.caretrail.domain.patient.api.RecordNotificationPreferenceCommand;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.Reads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A patient's care team and notification preference: whom the hospital tells of the patient's ADT events. */
@RestController
@RequestMapping("/api/v1/patients/{patientId}")
@Tag(name = "Event notifications")
public class CareTeamController {

    private final CommandSender commands;
    private final Reads reads;
    private final Clock clock;

    public CareTeamController(CommandSender commands, Reads reads, Clock clock) {
        this.commands = commands;
        this.reads = reads;
        this.clock = clock;
    }

    @NoPatientData // a command: answers the position
    @PostMapping("/care-team")
    @Operation(summary = "Name a registered recipient as a care team member for a period; posting the same "
            + "recipient and relationship again replaces the period (an effectiveTo ends the membership)")
    public ResponseEntity<?> assign(@PathVariable String patientId, @Valid @RequestBody CareTeamRequest request) {
        if (!patientId.matches(Ids.PATTERN) || patientId.length() > 100) {
            return Problems.respond(Problems.invalid(List.of(new FieldProblem("patientId", Ids.MESSAGE))));
        }
        long position = commands.send(new AssignCareTeamMemberCommand(patientId, request.recipientId(),
                request.relationship(), request.effectiveFrom(), request.effectiveTo()));
        return ResponseEntity.ok().header(PositionHeader.NAME, Long.toString(position)).body(new Recorded(patientId));
    }

    @NoPatientData // a command: answers the position
    @PostMapping("/notification-preference")
    @Operation(summary = "Record that the patient objects (optOut) or no longer objects to event notifications, "
            + "from a clinical time on")
    public ResponseEntity<?> preference(@PathVariable String patientId, @Valid @RequestBody PreferenceRequest request) {
        if (!patientId.matches(Ids.PATTERN) || patientId.length() > 100) {
            return Problems.respond(Problems.invalid(List.of(new FieldProblem("patientId", Ids.MESSAGE))));
        }
        long position = commands.send(new RecordNotificationPreferenceCommand(patientId, request.optOut(),
                request.effectiveAt(), request.reason()));
        return ResponseEntity.ok().header(PositionHeader.NAME, Long.toString(position)).body(new Recorded(patientId));
    }

    @PatientRead(patient = "patientId")
    @GetMapping("/care-team")
    @Operation(summary = "The members whose period covers asOf (default now) and the preference in force then")
    public CareTeamResponse careTeam(@PathVariable String patientId, @RequestParam(required = false) Instant asOf,
                                     @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        return reads.one(position, ProcessingGroups.NOTIFICATION_ROUTING,
                new FindCareTeamQuery(patientId, asOf == null ? clock.instant() : asOf), CareTeamResponse.class,
                "No care team or notification preference is recorded for patient '" + patientId + "'.");
    }
}
