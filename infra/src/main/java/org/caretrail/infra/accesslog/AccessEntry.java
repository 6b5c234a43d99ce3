package org.caretrail.infra.accesslog;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to read a patient's data: who asked, in which role, for which episode and patients,
 * through which request, when, and what the answer's status was (refusals included).
 *
 * @param user       the authenticated user; null when the caller was not authenticated
 * @param role       the user's CareTrail roles, comma-separated; null when not authenticated
 * @param address    the client's network address as the server saw it (the proxy's, unless forwarded
 *                   headers are trusted)
 * @param episodeId  the episode the request named, if it named one
 * @param patientIds the patients whose data the request named or returned
 */
public record AccessEntry(Instant at, String user, String role, String address, String method, String path, String episodeId,
                          List<String> patientIds, int status) {

    public AccessEntry {
        patientIds = patientIds == null ? List.of() : List.copyOf(patientIds);
    }
}
