package org.caretrail.web.security;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where bearer tokens come from ({@code caretrail.security.jwt.*}).
 *
 * @param issuerUri      the OpenID issuer whose keys sign the tokens; blank leaves JWT off unless Spring's own
 *                       {@code spring.security.oauth2.resourceserver.jwt.*} properties configure a decoder
 * @param rolesClaim     the claim holding the CareTrail role names; a dotted path reaches into objects
 *                       ({@code realm_access.roles})
 * @param principalClaim the claim whose value is recorded as the actor
 */
public record JwtProperties(String issuerUri, @DefaultValue("roles") String rolesClaim,
                            @DefaultValue("sub") String principalClaim) {
}
