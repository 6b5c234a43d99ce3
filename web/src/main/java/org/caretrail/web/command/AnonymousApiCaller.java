package org.caretrail.web.command;

import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** The caller until authentication lands: every API write is recorded as {@code anonymous} from {@code api}. */
@Component
public class AnonymousApiCaller implements CallerMetadata {

    @Override
    public MetaData current() {
        return MetaData.from(Map.of(ACTOR, "anonymous", ROLE, "ANONYMOUS", SOURCE, "api"));
    }
}
