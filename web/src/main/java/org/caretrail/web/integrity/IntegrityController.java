package org.caretrail.web.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.LogVerifiers;
import org.caretrail.web.accesslog.NoPatientData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence: verification of the event store, and its checkpoints for safekeeping elsewhere. */
// Not @Validated: that proxy throws ConstraintViolationException (a 500); MVC's own validation answers 400.
@NoPatientData // positions, hashes and counts
@RestController
@Tag(name = "Audit", description = "Who recorded what, and when")
public class IntegrityController {

    private final ChainVerifier verifier;
    private final CheckpointStore checkpoints;
    private final LogVerifiers logs;

    public IntegrityController(ChainVerifier verifier, CheckpointStore checkpoints, LogVerifiers logs) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.logs = logs;
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Walks every stored event against its hash chain and the checkpoints; "
            + "reports OK or the first position where the store no longer matches, "
            + "and for the access log and the security log the first edited or deleted sequence")
    public VerificationResult verify() {
        return VerificationResult.of(verifier.verify(), logs.verify());
    }

    @PostMapping("/api/v1/audit/verify")
    @Operation(summary = "As GET, and checks that the store still holds this exported checkpoint exactly as signed: "
            + "deleted checkpoints or a rewritten history behind them are found")
    public VerificationResult verifyAgainst(@RequestBody CheckpointRecord exported) {
        if (exported.hash() == null || exported.previousHash() == null || exported.createdAt() == null) {
            throw new InvalidCommandException("hash", "an exported checkpoint names its number, positions, hashes, "
                    + "createdAt and signature");
        }
        return VerificationResult.of(verifier.verify(exported.toCheckpoint()), logs.verify());
    }

    @GetMapping("/api/v1/audit/checkpoints")
    @Operation(summary = "Checkpoints from number 'from' on, in order, to be kept outside CareTrail")
    public List<CheckpointRecord> checkpoints(@RequestParam(defaultValue = "1") @Min(1) long from,
                                        @RequestParam(defaultValue = "1000") @Min(1) @Max(10_000) int limit) {
        return checkpoints.range(from, limit).stream().map(CheckpointRecord::of).toList();
    }
}
