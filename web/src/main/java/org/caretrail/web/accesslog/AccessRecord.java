package org.caretrail.web.accesslog;

import java.time.Instant;
import java.util.List;
import org.caretrail.infra.accesslog.AccessEntry;

/**
 * One read of patient data as the API shows it.
 *
 * @param user      null when the caller was not authenticated
 * @param address   the client's network address
 * @param episodeId the episode the request named, if it named one
 * @param status    the answer's HTTP status, refusals included
 */
public record AccessRecord(Instant at, String user, String role, String address, String method, String path,
                           String episodeId, List<String> patientIds, int status) {

    static AccessRecord of(AccessEntry entry) {
        return new AccessRecord(entry.at(), entry.user(), entry.role(), entry.address(), entry.method(), entry.path(),
                entry.episodeId(), entry.patientIds(), entry.status());
    }
}
