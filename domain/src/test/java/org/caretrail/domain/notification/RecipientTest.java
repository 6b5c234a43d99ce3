package org.caretrail.domain.notification;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationRecipientRegisteredEvent;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.notification.api.RegisterNotificationRecipientCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecipientTest {

    private static final List<NotificationTrigger> ALL = List.of(NotificationTrigger.values());

    private AggregateTestFixture<Recipient> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(Recipient.class);
    }

    @Test
    void aRecipientWithoutTriggersTakesAllFour() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNotificationRecipientCommand("pcp-1", "Elm St practice", DeliveryChannel.WEBHOOK,
                        "https://elm.example/hooks", null, false))
                .expectEvents(new NotificationRecipientRegisteredEvent("pcp-1", "Elm St practice",
                        DeliveryChannel.WEBHOOK, "https://elm.example/hooks", ALL, false));
    }

    @Test
    void triggersAreKeptOnceEachInTheirOrder() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNotificationRecipientCommand("snf-1", "Oak SNF", DeliveryChannel.MLLP,
                        "hie.example:2575",
                        List.of(NotificationTrigger.DISCHARGE, NotificationTrigger.ADMISSION, NotificationTrigger.DISCHARGE),
                        true))
                .expectEvents(new NotificationRecipientRegisteredEvent("snf-1", "Oak SNF", DeliveryChannel.MLLP,
                        "hie.example:2575", List.of(NotificationTrigger.ADMISSION, NotificationTrigger.DISCHARGE), true));
    }

    @Test
    void registeringTheSameRecipientAgainRecordsNothing() {
        fixture.given(new NotificationRecipientRegisteredEvent("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "https://elm.example/hooks", ALL, false))
                .when(new RegisterNotificationRecipientCommand("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "https://elm.example/hooks", ALL, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangedEndpointIsRecorded() {
        fixture.given(new NotificationRecipientRegisteredEvent("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "https://elm.example/hooks", ALL, false))
                .when(new RegisterNotificationRecipientCommand("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "https://elm.example/v2", ALL, false))
                .expectEvents(new NotificationRecipientRegisteredEvent("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "https://elm.example/v2", ALL, false));
    }

    @Test
    void aWebhookThatIsNotAUrlIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNotificationRecipientCommand("pcp-1", "Elm", DeliveryChannel.WEBHOOK,
                        "elm.example:443", null, false))
                .expectNoEvents()
                .expectException(InvalidCommandException.class);
    }

    @Test
    void anMllpEndpointWithoutAPortIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterNotificationRecipientCommand("hie", "HIE", DeliveryChannel.MLLP, "hie.example", null,
                        false))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("an MLLP endpoint must be host:port, was hie.example");
    }
}
