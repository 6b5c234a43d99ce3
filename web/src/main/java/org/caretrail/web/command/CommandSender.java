package org.caretrail.web.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the current caller and reports where its events landed.
 *
 * <p>The caller's identity travels as command metadata; Axon's correlation data providers copy
 * it onto every event the command records, which is what the audit trail shows.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;
    private final CallerMetadata callerMetadata;
    private final AppendedPositions appendedPositions;

    public CommandSender(CommandGateway commandGateway, CallerMetadata callerMetadata,
                         AppendedPositions appendedPositions) {
        this.commandGateway = commandGateway;
        this.callerMetadata = callerMetadata;
        this.appendedPositions = appendedPositions;
    }

    /**
     * Sends the command and waits. Returns the global position of its last event; a command that
     * recorded nothing (an idempotent repeat) returns the store's head, so a client that waits for
     * it still reads a state that includes the earlier write.
     */
    public long send(Object command) {
        MetaData metaData = callerMetadata.current();
        appendedPositions.forgetCurrentThread();
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return appendedPositions.lastAppendedOrHead();
    }
}
