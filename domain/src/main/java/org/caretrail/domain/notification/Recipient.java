package org.caretrail.domain.notification;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationRecipientRegisteredEvent;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.notification.api.RecipientStreams;
import org.caretrail.domain.notification.api.RegisterNotificationRecipientCommand;

/** A practice, payer or post-acute provider that takes event notifications, and how it is reached. */
class Recipient {

    @AggregateIdentifier
    private String streamId;
    private NotificationRecipientRegisteredEvent registration;

    Recipient() {
        // required by Axon to create the aggregate on its first registration and to source it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterNotificationRecipientCommand command) {
        requireText(command.recipientId(), "recipientId");
        requireText(command.name(), "name");
        if (command.channel() == null) {
            throw new InvalidCommandException("channel", "channel is required");
        }
        requireText(command.endpoint(), "endpoint");
        if (command.channel() == DeliveryChannel.WEBHOOK) {
            requireWebhookUrl(command.endpoint());
        } else {
            requireHostAndPort(command.endpoint());
        }
        List<NotificationTrigger> triggers = command.triggers() == null || command.triggers().isEmpty()
                ? List.of(NotificationTrigger.values())
                : List.copyOf(EnumSet.copyOf(command.triggers()));
        NotificationRecipientRegisteredEvent registered = new NotificationRecipientRegisteredEvent(
                command.recipientId(), command.name(), command.channel(), command.endpoint(), triggers,
                command.includeDiagnosis());
        if (registered.equals(registration)) {
            return;
        }
        apply(registered);
    }

    @EventSourcingHandler
    void on(NotificationRecipientRegisteredEvent event) {
        streamId = RecipientStreams.of(event.recipientId());
        registration = event;
    }

    private static void requireWebhookUrl(String endpoint) {
        try {
            URI uri = new URI(endpoint);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidCommandException("endpoint", "a WEBHOOK endpoint must be an http(s) URL, was " + endpoint);
            }
        } catch (URISyntaxException e) {
            throw new InvalidCommandException("endpoint", "a WEBHOOK endpoint must be an http(s) URL: " + e.getMessage());
        }
    }

    private static void requireHostAndPort(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        String port = colon < 0 ? "" : endpoint.substring(colon + 1);
        if (colon <= 0 || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new InvalidCommandException("endpoint", "an MLLP endpoint must be host:port, was " + endpoint);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommandException(field, field + " is required and must not be blank");
        }
    }
}
