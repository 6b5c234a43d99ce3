package org.caretrail.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in ({@code caretrail.security.*}).
 *
 * @param users HTTP Basic users as {@code name:password:ROLE,ROLE}, the password in Spring's delegating
 *              encoder format ({@code {bcrypt}...}, {@code {noop}...}); none configured generates one per role
 * @param jwt   bearer tokens from an identity provider, which replace the Basic users when configured
 * @param generatedUsersFile where the users generated when none are configured are kept (owner-only), so that
 *              they are made once per data directory and stay across restarts
 */
@ConfigurationProperties("caretrail.security")
public record AuthProperties(@DefaultValue List<String> users, @DefaultValue JwtProperties jwt,
                             @DefaultValue("./data/generated-users.txt") java.nio.file.Path generatedUsersFile) {
}
