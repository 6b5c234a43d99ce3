package org.caretrail.web.demo;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.web.command.CallerMetadata;

/** Sends demo commands through the command gateway, as the API does, recorded as the {@code demo} user's. */
final class GatewayChannel implements CommandChannel {

    private static final MetaData DEMO = MetaData.from(Map.of(EventMetadata.ACTOR, "demo",
            EventMetadata.ROLE, "CASE_MANAGER,INTEGRATION", EventMetadata.SOURCE, "demo"));

    private final CommandGateway gateway;

    GatewayChannel(CommandGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String send(Object command) {
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(DEMO));
            return null;
        } catch (RuntimeException refused) {
            return refused.getMessage();
        }
    }
}
