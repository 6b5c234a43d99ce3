package org.caretrail.web.accesslog;

import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * A request that reads patient data, and the episode or patient its URL names (either may be
 * null: an audit search or a worklist names no single one).
 */
record PatientRead(String episodeId, String patientId) {

    private static final String PREFIX = "/api/v1/";

    /** Episode views, audit trails, compliance clocks, patient timelines, audit searches and worklists. */
    static Optional<PatientRead> of(String method, String path, String patientIdParameter) {
        if (!"GET".equals(method) || !path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> segments = List.of(path.substring(PREFIX.length()).split("/"));
        String first = segments.get(0);
        if (first.equals("episodes") && segments.size() >= 2) {
            return Optional.of(new PatientRead(decode(segments.get(1)), null));
        }
        if (first.equals("patients") && segments.size() >= 2) {
            return Optional.of(new PatientRead(null, decode(segments.get(1))));
        }
        if (path.equals(PREFIX + "audit") || path.equals(PREFIX + "compliance/worklist")
                || path.equals(PREFIX + "notifications") || path.equals(PREFIX + "notifications/report")) {
            return Optional.of(new PatientRead(null, patientIdParameter));
        }
        return Optional.empty();
    }

    private static String decode(String segment) {
        return UriUtils.decode(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
