package org.caretrail.web.home;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.caretrail.web.accesslog.NoPatientData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /} leads to the browsable API until CareTrail has pages of its own; remove this when they take {@code /}. */
@Hidden
@RestController
public class HomeRedirect {

    @GetMapping("/")
    @NoPatientData // a redirect only
    ResponseEntity<Void> home() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/swagger-ui.html")).build();
    }
}
