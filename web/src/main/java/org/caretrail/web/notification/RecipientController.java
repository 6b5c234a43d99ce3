package org.caretrail.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.FindRecipientsQuery;
import org.caretrail.domain.notification.api.RecipientPage;
import org.caretrail.domain.notification.api.RegisterNotificationRecipientCommand;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.infra.notification.RecipientSecrets;
import org.caretrail.infra.notification.WebhookSignature;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.Reads;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The practices, payers and post-acute providers that take event notifications (administrators only). */
@NoPatientData // recipients are receiving systems and people, not patients
@RestController
@Validated
@RequestMapping("/api/v1/notification-recipients")
@Tag(name = "Event notifications", description = "ADT notifications to the care team (42 CFR 482.24(d))")
public class RecipientController {

    private final CommandSender commands;
    private final RecipientSecrets secrets;
    private final Reads reads;

    public RecipientController(CommandSender commands, RecipientSecrets secrets, Reads reads) {
        this.commands = commands;
        this.secrets = secrets;
        this.reads = reads;
    }

    @PostMapping
    @Operation(summary = "Register a recipient, or change its registration; a webhook needs a signing secret "
            + "(kept apart, never shown back); events default to all four triggers")
    public ResponseEntity<?> register(@Valid @RequestBody RecipientRequest request) {
        if (request.channel() == DeliveryChannel.WEBHOOK) {
            if (request.secret() == null && !secrets.has(request.recipientId())) {
                return Problems.respond(Problems.invalid(List.of(new FieldProblem("secret",
                        "a WEBHOOK recipient needs a signing secret"))));
            }
            if (request.secret() != null && !WebhookSignature.isUsable(request.secret())) {
                return Problems.respond(Problems.invalid(List.of(new FieldProblem("secret",
                        "a secret starting with whsec_ must continue in Base64"))));
            }
        } else if (request.secret() != null) {
            return Problems.respond(Problems.invalid(List.of(new FieldProblem("secret",
                    "only WEBHOOK recipients sign; MLLP takes no secret"))));
        }
        long position = commands.send(new RegisterNotificationRecipientCommand(request.recipientId(), request.name(),
                request.channel(), request.endpoint(), request.events(), Boolean.TRUE.equals(request.includeDiagnosis())));
        if (request.secret() != null) {
            secrets.put(request.recipientId(), request.secret());
        }
        return ResponseEntity.ok().header(PositionHeader.NAME, Long.toString(position))
                .body(new Recorded(request.recipientId()));
    }

    @GetMapping
    @Operation(summary = "The registered recipients by id, paged; secrets are never shown")
    public RecipientPage list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                              @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        return reads.answer(position, ProcessingGroups.NOTIFICATION_ROUTING, new FindRecipientsQuery(page, size),
                RecipientPage.class);
    }
}
