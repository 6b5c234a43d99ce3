package org.caretrail.web.faults;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * The real token store, except that it can be told to lose one token update per segment: what a
 * crash between a projection's write and its token update looks like to the processor.
 */
final class FlakyTokenStore implements TokenStore {

    private final TokenStore delegate;
    private final Map<String, Long> armed = new ConcurrentHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    FlakyTokenStore(TokenStore delegate) {
        this.delegate = delegate;
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
            throw new IllegalStateException("fault test: the token update of " + processorName + "/" + segment
                    + " to " + token + " is lost");
        }
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
