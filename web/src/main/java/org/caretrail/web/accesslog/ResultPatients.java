package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The patients and episodes a handler's result holds, read from the result object itself (as a
 * tree, whatever media type the answer is sent in). An {@code episodeId} or {@code aggregateId}
 * counts as an episode to resolve only where no patient is named beside, inside or around it.
 */
final class ResultPatients {

    private final Set<String> patients = new LinkedHashSet<>();
    private final Set<String> episodes = new LinkedHashSet<>();

    private ResultPatients() {
    }

    static ResultPatients in(Object result, ObjectMapper json) {
        ResultPatients found = new ResultPatients();
        found.walk(json.valueToTree(result), false);
        return found;
    }

    Set<String> patients() {
        return patients;
    }

    /** Episodes whose patient the result does not name. */
    Set<String> episodes() {
        return episodes;
    }

    /** @return whether the node names a patient itself or anywhere inside */
    private boolean walk(JsonNode node, boolean patientAround) {
        if (node == null || !node.isContainerNode()) {
            return false;
        }
        boolean here = false;
        if (node.isObject()) {
            here = text(node.get("patientId"));
            JsonNode many = node.get("patientIds");
            if (many != null && many.isArray()) {
                for (JsonNode one : many) {
                    here |= text(one);
                }
            }
        }
        boolean inside = false;
        for (JsonNode child : node) {
            inside |= walk(child, patientAround || here);
        }
        if (node.isObject() && !here && !inside && !patientAround) {
            episode(node.get("episodeId"));
            episode(node.get("aggregateId"));
        }
        return here || inside;
    }

    private boolean text(JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            patients.add(value.asText());
            return true;
        }
        return false;
    }

    private void episode(JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            episodes.add(value.asText());
        }
    }
}
