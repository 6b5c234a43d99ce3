package org.caretrail.web.faults;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.caretrail.projections.support.ProjectionBatches;
import org.caretrail.web.config.ForwardingTokenStore;

/**
 * The real token store, except that it can be told to lose one token update per segment: what a
 * crash between a projection's write and its token update looks like to the processor.
 */
final class FlakyTokenStore extends ForwardingTokenStore {

    private final Map<String, Long> armed = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    FlakyTokenStore(TokenStore delegate) {
        super(delegate);
    }

    /** Fails the first update of each of the processor's segments that moves its token past {@code position}. */
    void loseFirstUpdatePast(String processor, long position) {
        failed.removeIf(key -> key.startsWith(processor + "/"));
        armed.put(processor, position);
    }

    /** How many token updates of the processor were lost since it was armed. */
    long lostUpdates(String processor) {
        return failed.stream().filter(key -> key.startsWith(processor + "/")).count();
    }

    void disarm() {
        armed.clear();
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Long past = armed.get(processorName);
        if (past != null && token != null && token.position().orElse(-1) > past
                && failed.add(processorName + "/" + segment)) {
            // the projections' writes of the batch land, then the token update is lost: a crash between the two
            ProjectionBatches.flushCurrent();
            throw new IllegalStateException("fault test: the token update of " + processorName + "/" + segment
                    + " to " + token + " is lost");
        }
        super.storeToken(token, processorName, segment);
    }
}
