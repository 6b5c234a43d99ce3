package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.AssignCaseManagerCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelEpisodeCommand;
import org.caretrail.domain.episode.api.ChangePatientClassCommand;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DeliverNoticeCommand;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.Disposition;
import org.caretrail.domain.episode.api.DocumentPostAcuteChoiceCommand;
import org.caretrail.domain.episode.api.RecordCodingCommand;
import org.caretrail.domain.episode.api.RecordDispositionCommand;
import org.caretrail.domain.episode.api.RecordEducationCommand;
import org.caretrail.domain.episode.api.RecordFollowUpContactCommand;
import org.caretrail.domain.episode.api.RecordNeedsAssessmentCommand;
import org.caretrail.domain.episode.api.TransferPatientCommand;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.command.PositionHeader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The episode write side of docs/API.md: every command a case manager or an integration sends. */
@NoPatientData // commands answer the ids and position of what they recorded
@RestController
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes", description = "Record what happens in a patient's episode")
public class EpisodeController {

    private final CommandSender commands;
    private final Clock clock;

    public EpisodeController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Admit a patient: opens an episode")
    public ResponseEntity<EpisodeAccepted> admit(@Valid @RequestBody AdmissionRequest request) {
        String episodeId = Optional.ofNullable(request.episodeId()).orElseGet(() -> UUID.randomUUID().toString());
        long position = commands.send(new AdmitPatientCommand(episodeId, request.patientId(), request.facilityId(),
                request.patientClass(), request.admittedAt(), request.payer(), request.admitSource(), request.unit(),
                request.principalDiagnosis(), Boolean.TRUE.equals(request.planned()), request.birthDate()));
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + episodeId))
                .header(PositionHeader.NAME, Long.toString(position))
                .body(new EpisodeAccepted(episodeId));
    }

    @PostMapping("/{id}/class-changes")
    @Operation(summary = "Change the patient class (emergency, observation, inpatient)")
    public ResponseEntity<EpisodeAccepted> changeClass(@PathVariable String id,
                                                       @Valid @RequestBody ClassChangeRequest request) {
        return accepted(id, commands.send(new ChangePatientClassCommand(id, request.patientClass(), request.effectiveAt())));
    }

    @PostMapping("/{id}/transfers")
    @Operation(summary = "Transfer the patient to another unit")
    public ResponseEntity<EpisodeAccepted> transfer(@PathVariable String id, @Valid @RequestBody TransferRequest request) {
        return accepted(id, commands.send(new TransferPatientCommand(id, request.toUnit(), request.effectiveAt())));
    }

    @PostMapping("/{id}/case-manager")
    @Operation(summary = "Assign the episode's case manager")
    public ResponseEntity<EpisodeAccepted> assignCaseManager(@PathVariable String id,
                                                             @Valid @RequestBody CaseManagerRequest request) {
        return accepted(id, commands.send(
                new AssignCaseManagerCommand(id, request.caseManagerId(), request.effectiveAt())));
    }

    @PostMapping("/{id}/assessments")
    @Operation(summary = "Record a needs assessment")
    public ResponseEntity<EpisodeAccepted> assess(@PathVariable String id, @Valid @RequestBody AssessmentRequest request) {
        return accepted(id, commands.send(new RecordNeedsAssessmentCommand(id, request.barriers(),
                request.supportSystems(), request.effectiveAt())));
    }

    @PostMapping("/{id}/post-acute-choice")
    @Operation(summary = "Document the post-acute provider choice list given to the patient")
    public ResponseEntity<EpisodeAccepted> documentChoice(@PathVariable String id,
                                                          @Valid @RequestBody PostAcuteChoiceRequest request) {
        return accepted(id, commands.send(new DocumentPostAcuteChoiceCommand(id, request.offeredProviderIds(),
                request.selectedProviderId(), request.effectiveAt())));
    }

    @PostMapping("/{id}/education")
    @Operation(summary = "Record patient education")
    public ResponseEntity<EpisodeAccepted> educate(@PathVariable String id, @Valid @RequestBody EducationRequest request) {
        return accepted(id, commands.send(new RecordEducationCommand(id, request.topic(),
                request.teachBackConfirmed(), request.effectiveAt())));
    }

    @PostMapping("/{id}/notices")
    @Operation(summary = "Record a delivered IMM or MOON notice")
    public ResponseEntity<EpisodeAccepted> deliverNotice(@PathVariable String id,
                                                         @Valid @RequestBody NoticeRequest request) {
        return accepted(id, commands.send(
                new DeliverNoticeCommand(id, request.notice(), request.outcome(), request.deliveredAt())));
    }

    @PostMapping("/{id}/discharge")
    @Operation(summary = "Discharge the patient with a UB-04 disposition; without one the disposition is not known "
            + "yet (dispositionUnknown) until POST .../disposition completes it")
    public ResponseEntity<EpisodeAccepted> discharge(@PathVariable String id,
                                                     @Valid @RequestBody DischargeRequest request) {
        Disposition disposition = request.disposition() == null ? null : Disposition.of(request.disposition());
        return accepted(id, commands.send(new DischargePatientCommand(id, disposition,
                request.dischargedAt(), request.destinationProviderId())));
    }

    @PostMapping("/{id}/disposition")
    @Operation(summary = "Complete or correct the UB-04 disposition of a discharge (one an HL7 A03 left unknown)")
    public ResponseEntity<EpisodeAccepted> recordDisposition(@PathVariable String id,
                                                             @Valid @RequestBody DispositionRequest request) {
        return accepted(id, commands.send(new RecordDispositionCommand(id, Disposition.of(request.disposition()),
                request.effectiveAt(), true)));
    }

    @PostMapping("/{id}/discharge-cancellation")
    @Operation(summary = "Cancel the discharge: the episode is active again")
    public ResponseEntity<EpisodeAccepted> cancelDischarge(@PathVariable String id,
                                                           @Valid @RequestBody ReasonRequest request) {
        return accepted(id, commands.send(new CancelDischargeCommand(id, request.reason(), request.effectiveAt())));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel the episode (admission entered in error)")
    public ResponseEntity<EpisodeAccepted> cancel(@PathVariable String id,
                                                  @Valid @RequestBody CancellationRequest request) {
        return accepted(id, commands.send(new CancelEpisodeCommand(id, request.reason(), clock.instant())));
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Record a post-discharge follow-up contact attempt")
    public ResponseEntity<EpisodeAccepted> followUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
        return accepted(id, commands.send(new RecordFollowUpContactCommand(id, request.contactedAt(),
                request.successful(), request.method())));
    }

    @PostMapping("/{id}/coding")
    @Operation(summary = "Record the episode's coding (diagnoses, procedures); replaces the earlier coding")
    public ResponseEntity<EpisodeAccepted> code(@PathVariable String id, @Valid @RequestBody CodingRequest request) {
        List<CodedDiagnosis> diagnoses = request.diagnoses().stream()
                .map(d -> new CodedDiagnosis(d.code(), d.system(), d.principal(), d.presentOnAdmission()))
                .toList();
        List<CodedProcedure> procedures = request.procedures() == null ? List.of() : request.procedures().stream()
                .map(p -> new CodedProcedure(p.code(), p.system(), p.performedAt()))
                .toList();
        return accepted(id, commands.send(new RecordCodingCommand(id, diagnoses, procedures, request.codedAt())));
    }

    static ResponseEntity<EpisodeAccepted> accepted(String episodeId, long position) {
        return ResponseEntity.status(HttpStatus.OK)
                .header(PositionHeader.NAME, Long.toString(position))
                .body(new EpisodeAccepted(episodeId));
    }
}
