package org.caretrail.web.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationTrigger;

/** Body of {@code POST /api/v1/notification-recipients}; {@code secret} signs webhooks and is never shown back. */
public record RecipientRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recipientId,
        @NotBlank @Size(max = 200) String name,
        @NotNull DeliveryChannel channel,
        @NotBlank @Size(max = 2000) String endpoint,
        @Size(min = 16, max = 200, message = "must be 16 to 200 characters") String secret,
        @Size(max = 4) List<@NotNull NotificationTrigger> events,
        Boolean includeDiagnosis) {
}
