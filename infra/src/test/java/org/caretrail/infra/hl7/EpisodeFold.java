package org.caretrail.infra.hl7;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCodedEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.TransferCancelledEvent;

/** An episode's recorded events folded into the state a corpus case expects, as text. */
final class EpisodeFold {

    private EpisodeFold() {
    }

    static Map<String, String> fold(List<? extends DomainEventMessage<?>> events) {
        Map<String, String> state = new LinkedHashMap<>();
        List<String> classes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (DomainEventMessage<?> message : events) {
            Object event = message.getPayload();
            types.add(event.getClass().getSimpleName());
            if (event instanceof PatientAdmittedEvent e) {
                state.put("status", "ACTIVE");
                state.put("patientId", e.patientId());
                state.put("facilityId", e.facilityId());
                state.put("admittedAt", e.occurredAt().toString());
                state.put("unit", String.valueOf(e.unit()));
                state.put("payer", String.valueOf(e.payer()));
                state.put("principalDiagnosis", String.valueOf(e.principalDiagnosis()));
                state.put("planned", String.valueOf(e.planned()));
                state.put("admitSource", String.valueOf(e.admitSource()));
                state.put("birthDate", String.valueOf(e.birthDate()));
                classes.add(e.patientClass().name());
            } else if (event instanceof PatientClassChangedEvent e) {
                classes.add(e.toClass().name());
            } else if (event instanceof PatientTransferredEvent e) {
                state.put("unit", e.toUnit());
                state.merge("transfers", e.fromUnit() + ">" + e.toUnit(), (a, b) -> a + "," + b);
            } else if (event instanceof TransferCancelledEvent e) {
                state.put("unit", e.restoredUnit());
            } else if (event instanceof PatientDischargedEvent e) {
                state.put("status", "DISCHARGED");
                state.put("dischargedAt", e.occurredAt().toString());
                state.put("disposition", String.valueOf(e.disposition()));
                state.put("destination", String.valueOf(e.destinationProviderId()));
            } else if (event instanceof DischargeCancelledEvent) {
                state.put("status", "ACTIVE");
                state.remove("dischargedAt");
                state.remove("disposition");
            } else if (event instanceof EpisodeCancelledEvent) {
                state.put("status", "CANCELLED");
            } else if (event instanceof DispositionRecordedEvent e) {
                state.put("disposition", e.disposition());
            } else if (event instanceof EpisodeCodedEvent e) {
                state.put("coding", String.join(",", e.diagnoses().stream().map(d -> d.system() + ":" + d.code()
                        + (d.principal() ? "*" : "")).toList()));
                state.put("procedures", String.join(",", e.procedures().stream().map(p -> p.system() + ":"
                        + p.code()).toList()));
            } else if (event instanceof EpisodeDetailsCorrectedEvent e) {
                putIfPresent(state, "principalDiagnosis", e.principalDiagnosis());
                putIfPresent(state, "payer", e.payer());
                putIfPresent(state, "planned", e.planned());
                putIfPresent(state, "unit", e.unit());
            }
        }
        if (!classes.isEmpty()) {
            state.put("patientClass", classes.get(classes.size() - 1));
            state.put("classes", String.join(",", classes));
        }
        state.put("events", String.join(",", types));
        return state;
    }

    private static void putIfPresent(Map<String, String> state, String key, Object value) {
        if (value != null) {
            state.put(key, value.toString());
        }
    }
}
