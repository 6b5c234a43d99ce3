package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.caretrail.domain.episode.api.AcceptReferralCommand;
import org.caretrail.domain.episode.api.CancelReferralCommand;
import org.caretrail.domain.episode.api.DeclineReferralCommand;
import org.caretrail.domain.episode.api.PlaceReferralCommand;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.command.PositionHeader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referrals to post-acute providers: placed, then accepted, declined or cancelled. */
@NoPatientData // commands answer the ids and position of what they recorded
@RestController
@RequestMapping("/api/v1/episodes/{id}/referrals")
@Tag(name = "Referrals", description = "Referrals to home health, rehab, hospice and other providers")
public class ReferralController {

    private final CommandSender commands;

    public ReferralController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Place a referral")
    public ResponseEntity<ReferralAccepted> place(@PathVariable String id, @Valid @RequestBody ReferralRequest request) {
        String referralId = Optional.ofNullable(request.referralId()).orElseGet(() -> UUID.randomUUID().toString());
        long position = commands.send(new PlaceReferralCommand(id, referralId, request.serviceType(),
                request.providerId(), request.effectiveAt()));
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + id + "/referrals/" + referralId))
                .header(PositionHeader.NAME, Long.toString(position))
                .body(new ReferralAccepted(id, referralId));
    }

    @PostMapping("/{referralId}/acceptance")
    @Operation(summary = "The provider accepted the referral")
    public ResponseEntity<EpisodeAccepted> accept(@PathVariable String id, @PathVariable String referralId,
                                                  @Valid @RequestBody EffectiveAtRequest request) {
        return EpisodeController.accepted(id, commands.send(
                new AcceptReferralCommand(id, referralId, request.effectiveAt())));
    }

    @PostMapping("/{referralId}/decline")
    @Operation(summary = "The provider declined the referral")
    public ResponseEntity<EpisodeAccepted> decline(@PathVariable String id, @PathVariable String referralId,
                                                   @Valid @RequestBody ReasonRequest request) {
        return EpisodeController.accepted(id, commands.send(
                new DeclineReferralCommand(id, referralId, request.reason(), request.effectiveAt())));
    }

    @PostMapping("/{referralId}/cancellation")
    @Operation(summary = "Cancel the referral")
    public ResponseEntity<EpisodeAccepted> cancel(@PathVariable String id, @PathVariable String referralId,
                                                  @Valid @RequestBody OptionalReasonRequest request) {
        return EpisodeController.accepted(id, commands.send(
                new CancelReferralCommand(id, referralId, request.reason(), request.effectiveAt())));
    }
}
