package org.caretrail.web.signin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.caretrail.infra.securitylog.SecurityLogSearch;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.CsvConverter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security log for compliance officers, and the sign-in locks for administrators. */
@RestController
@Validated
@Tag(name = "Audit")
@NoPatientData // user names, addresses and outcomes of sign-ins
public class SecurityLogController {

    private final SecurityLogStore store;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    SecurityLogController(SecurityLogStore store, SignInThrottle throttle, SignInAudit audit) {
        this.store = store;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/security-log", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Sign-ins, failed and throttled ones, lockouts and unlocks, newest first, filtered by user, "
            + "address, outcome and time ('from' included, 'to' excluded); CSV with Accept: text/csv")
    public ResponseEntity<?> search(@RequestParam(required = false) String user,
                                    @RequestParam(required = false) String address,
                                    @RequestParam(required = false) SignInOutcome outcome,
                                    @RequestParam(required = false) Instant from,
                                    @RequestParam(required = false) Instant to,
                                    @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                    @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size) {
        Periods.requireForwards(from, to);
        return ResponseEntity.ok(SecurityLogListing.of(store.search(new SecurityLogSearch(blankToNull(user),
                blankToNull(address), outcome == null ? null : outcome.name(), from, to, page, size))));
    }

    @GetMapping("/api/v1/admin/sign-in-locks")
    @Operation(summary = "User names locked after too many consecutive failed sign-ins")
    public List<LockedUser> locks() {
        return throttle.locked().stream().map(entry -> new LockedUser(entry.getKey(), entry.getValue())).toList();
    }

    @DeleteMapping("/api/v1/admin/sign-in-locks/{user}")
    @Operation(summary = "Unlock a user name and clear its failed sign-ins; the unlock is written to the security log")
    public ResponseEntity<Void> unlock(@PathVariable String user, Authentication admin,
                                       jakarta.servlet.http.HttpServletRequest request) {
        if (!throttle.unlock(user)) {
            return ResponseEntity.notFound().build();
        }
        audit.unlocked(user, admin.getName(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
