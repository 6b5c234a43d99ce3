package org.caretrail.domain.patient;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.patient.api.AssignCareTeamMemberCommand;
import org.caretrail.domain.patient.api.CareTeamMemberAssignedEvent;
import org.caretrail.domain.patient.api.NotificationPreferenceRecordedEvent;
import org.caretrail.domain.patient.api.PatientStreams;
import org.caretrail.domain.patient.api.RecordNotificationPreferenceCommand;

/** A patient across episodes: who is on the care team, and whether the patient objects to being notified about. */
class Patient {

    @AggregateIdentifier
    private String streamId;
    /** The latest period of each member, by recipient and relationship. */
    private final Map<String, CareTeamMemberAssignedEvent> members = new HashMap<>();
    private NotificationPreferenceRecordedEvent preference;

    Patient() {
        // required by Axon to create the aggregate on its first command and to source it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignCareTeamMemberCommand command) {
        requireText(command.patientId(), "patientId");
        requireText(command.recipientId(), "recipientId");
        requireValue(command.relationship(), "relationship");
        requireValue(command.effectiveFrom(), "effectiveFrom");
        if (command.effectiveTo() != null && !command.effectiveTo().isAfter(command.effectiveFrom())) {
            throw new InvalidCommandException("effectiveTo", "effectiveTo must be after effectiveFrom");
        }
        CareTeamMemberAssignedEvent assigned = new CareTeamMemberAssignedEvent(command.patientId(),
                command.recipientId(), command.relationship(), command.effectiveFrom(), command.effectiveTo());
        if (assigned.equals(members.get(memberKey(assigned)))) {
            return;
        }
        apply(assigned);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordNotificationPreferenceCommand command) {
        requireText(command.patientId(), "patientId");
        requireValue(command.optOut(), "optOut");
        requireValue(command.effectiveAt(), "effectiveAt");
        if (command.reason() != null && command.reason().isBlank()) {
            throw new InvalidCommandException("reason", "reason must not be blank when given");
        }
        NotificationPreferenceRecordedEvent recorded = new NotificationPreferenceRecordedEvent(command.patientId(),
                command.optOut(), command.effectiveAt(), command.reason());
        if (recorded.equals(preference)) {
            return;
        }
        apply(recorded);
    }

    @EventSourcingHandler
    void on(CareTeamMemberAssignedEvent event) {
        streamId = PatientStreams.of(event.patientId());
        members.put(memberKey(event), event);
    }

    @EventSourcingHandler
    void on(NotificationPreferenceRecordedEvent event) {
        streamId = PatientStreams.of(event.patientId());
        preference = event;
    }

    private static String memberKey(CareTeamMemberAssignedEvent member) {
        return member.recipientId() + "\n" + member.relationship();
    }

    private static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " is required and must not be blank");
        }
    }
}
