package org.caretrail.web.signin;

import java.util.function.Supplier;
import org.caretrail.web.security.CareTrailUsers;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (HTTP Basic and form sign-in alike) unless the throttle
 * refuses the attempt first; a refusal is written to the security log here, because Spring
 * publishes no event for it. Successes and failures are logged from Spring's events.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final Supplier<DaoAuthenticationProvider> passwords;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    ThrottledAuthenticationProvider(Supplier<DaoAuthenticationProvider> passwords, SignInThrottle throttle,
                                    SignInAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = addressOf(attempt);
        var refusal = throttle.refusal(attempt.getName(), address);
        if (refusal.isPresent()) {
            audit.refused(attempt.getName(), address, refusal.get());
            throw refusal.get();
        }
        Authentication result = passwords.get().authenticate(attempt);
        if (result != null && CareTrailUsers.isStandIn(result.getPrincipal())) {
            // the password matched the stand-in's: still nobody of that name
            throw new BadCredentialsException("Bad credentials");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
