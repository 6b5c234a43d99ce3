package org.caretrail.web.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caretrail.domain.episode.api.AcceptReferralCommand;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.AssignCaseManagerCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelEpisodeCommand;
import org.caretrail.domain.episode.api.CancelReferralCommand;
import org.caretrail.domain.episode.api.ChangePatientClassCommand;
import org.caretrail.domain.episode.api.DeclineReferralCommand;
import org.caretrail.domain.episode.api.DeliverNoticeCommand;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.DocumentPostAcuteChoiceCommand;
import org.caretrail.domain.episode.api.PlaceReferralCommand;
import org.caretrail.domain.episode.api.RecordCodingCommand;
import org.caretrail.domain.episode.api.RecordEducationCommand;
import org.caretrail.domain.episode.api.RecordFollowUpContactCommand;
import org.caretrail.domain.episode.api.RecordNeedsAssessmentCommand;
import org.caretrail.domain.episode.api.TransferPatientCommand;

/** Sends demo commands to a running CareTrail as the requests of its HTTP API, with HTTP Basic credentials. */
final class HttpChannel implements CommandChannel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    HttpChannel(String base, String user, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fails unless CareTrail answers and takes these credentials for commands: an empty admission is refused as
     * invalid (400) only after the credentials and role have passed, and records nothing.
     */
    void checkCredentials() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/episodes"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new IllegalStateException("CareTrail refused the credentials (" + response.statusCode()
                        + "): the seed user needs the CASE_MANAGER or INTEGRATION role");
            }
        } catch (IOException e) {
            throw new IllegalStateException("CareTrail does not answer at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String send(Object command) {
        Map.Entry<String, Map<String, Object>> request = request(command);
        String body;
        try {
            body = JSON.writeValueAsString(request.getValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String key = idempotencyKey(request.getKey(), body);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + request.getKey()))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 300) {
                    return null;
                }
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    throw new IllegalStateException("CareTrail refused the credentials (" + response.statusCode()
                            + "): the seed user needs the CASE_MANAGER or INTEGRATION role");
                }
                if (response.statusCode() < 500 || attempt == 3) {
                    return response.statusCode() + " " + response.body();
                }
            } catch (IOException e) {
                if (attempt == 3) {
                    return "no answer: " + e.getMessage();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    /**
     * The same request of the same population gets the same key, so seeding a population again (or retrying after
     * a lost answer) records nothing twice: CareTrail answers a repeated key with the first answer. Identical requests
     * within one population are told apart by how often they were sent before.
     */
    String idempotencyKey(String path, String body) {
        String request = path + "\n" + body;
        int occurrence = sent.merge(request, 1, Integer::sum);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((occurrence + "\n" + request).getBytes(StandardCharsets.UTF_8));
            return "demo-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map.Entry<String, Map<String, Object>> request(Object command) {
        String episodes = "/api/v1/episodes";
        if (command instanceof AdmitPatientCommand c) {
            return Map.entry(episodes, body("episodeId", c.episodeId(), "patientId",
                    c.patientId(), "facilityId", c.facilityId(), "patientClass", c.patientClass(), "admittedAt",
                    c.admittedAt(), "payer", c.payer(), "admitSource", c.admitSource(), "unit", c.unit(),
                    "principalDiagnosis", c.principalDiagnosis(), "planned", c.planned(), "birthDate", c.birthDate()));
        }
        if (command instanceof ChangePatientClassCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/class-changes",
                    body("patientClass", c.patientClass(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof TransferPatientCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/transfers",
                    body("toUnit", c.toUnit(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof AssignCaseManagerCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/case-manager",
                    body("caseManagerId", c.caseManagerId(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof RecordNeedsAssessmentCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/assessments",
                    body("barriers", c.barriers(), "supportSystems", c.supportSystems(), "effectiveAt",
                                c.effectiveAt()));
        }
        if (command instanceof DocumentPostAcuteChoiceCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/post-acute-choice",
                    body("offeredProviderIds", c.offeredProviderIds(), "selectedProviderId", c.selectedProviderId(),
                                "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof RecordEducationCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/education",
                    body("topic", c.topic(), "teachBackConfirmed", c.teachBackConfirmed(), "effectiveAt",
                                c.effectiveAt()));
        }
        if (command instanceof DeliverNoticeCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/notices",
                    body("notice", c.notice(), "outcome", c.outcome(), "deliveredAt", c.deliveredAt()));
        }
        if (command instanceof PlaceReferralCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/referrals",
                    body("referralId", c.referralId(), "serviceType", c.serviceType(), "providerId", c.providerId(),
                                "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof AcceptReferralCommand c) {
            return Map.entry(referral(c.episodeId(), c.referralId()) + "/acceptance",
                    body("effectiveAt", c.effectiveAt()));
        }
        if (command instanceof DeclineReferralCommand c) {
            return Map.entry(referral(c.episodeId(), c.referralId()) + "/decline",
                    body("reason", c.reason(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof CancelReferralCommand c) {
            return Map.entry(referral(c.episodeId(), c.referralId()) + "/cancellation",
                    body("reason", c.reason(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof DischargePatientCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/discharge",
                    body("disposition", c.disposition().code(), "dischargedAt", c.dischargedAt(),
                            "destinationProviderId", c.destinationProviderId()));
        }
        if (command instanceof CancelDischargeCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/discharge-cancellation",
                    body("reason", c.reason(), "effectiveAt", c.effectiveAt()));
        }
        if (command instanceof CancelEpisodeCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/cancellation",
                    body("reason", c.reason()));
        }
        if (command instanceof RecordFollowUpContactCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/follow-ups",
                    body("contactedAt", c.contactedAt(), "successful", c.successful(), "method", c.method()));
        }
        if (command instanceof RecordCodingCommand c) {
            return Map.entry(episodes + "/" + c.episodeId() + "/coding", body("diagnoses", c.diagnoses().stream()
                    .map(d -> body("code", d.code(), "system", d.system(), "principal", d.principal(),
                            "presentOnAdmission", d.presentOnAdmission())).toList(),
                    "procedures", c.procedures().stream().map(p -> body("code", p.code(), "system", p.system(),
                            "performedAt", p.performedAt())).toList(), "codedAt", c.codedAt()));
        }
        throw new IllegalArgumentException("no API request for " + command.getClass().getSimpleName());
    }

    private static String referral(String episodeId, String referralId) {
        return "/api/v1/episodes/" + episodeId + "/referrals/" + referralId;
    }

    /** A JSON object of name/value pairs; values print as text, absent ones are left out. */
    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                body.put((String) pairs[i], value instanceof Boolean || value instanceof java.util.List<?>
                        ? value : value.toString());
            }
        }
        return body;
    }
}
