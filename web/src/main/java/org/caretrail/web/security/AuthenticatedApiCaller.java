package org.caretrail.web.security;

import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.web.command.CallerMetadata;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The caller of an API request as its events record it: the authenticated user as {@code actor},
 * their CareTrail roles (comma-separated) as {@code role}, and {@code api} as the source.
 */
@Component
public class AuthenticatedApiCaller implements CallerMetadata {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public MetaData current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
            // the access rules let no unauthenticated command through; recording one as nobody would hide that
            throw new IllegalStateException("A command reached the domain without an authenticated caller");
        }
        return MetaData.from(Map.of(EventMetadata.ACTOR, authentication.getName(),
                EventMetadata.ROLE, Role.describe(authentication), EventMetadata.SOURCE, EventMetadata.SOURCE_API));
    }
}
