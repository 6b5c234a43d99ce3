package org.caretrail.web.signin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.security.CareTrailUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The one {@link AuthenticationProvider} that checks user names and passwords for every filter
 * chain, throttled; the security log it and Spring's sign-in events write to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class SignInConfiguration {

    @Bean
    SecurityLogStore securityLogStore(MongoDatabase database) {
        SecurityLogStore store = new SecurityLogStore(database);
        store.createIndexes();
        return store;
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties properties, Clock clock) {
        return new SignInThrottle(properties, clock);
    }

    @Bean
    SignInAudit signInAudit(SecurityLogStore store, SignInThrottle throttle, ObjectProvider<CareTrailUsers> users,
                            Clock clock, SignInProperties properties) {
        return new SignInAudit(store, throttle, users, clock, properties.successInterval());
    }

    @Bean
    AuthenticationProvider throttledPasswords(ObjectProvider<CareTrailUsers> users, SignInThrottle throttle,
                                              SignInAudit audit) {
        return new ThrottledAuthenticationProvider(SingletonSupplier.of(() -> {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users.getObject().userDetailsService());
            return passwords;
        }), throttle, audit);
    }

    @Bean
    CsvConverter<SecurityLogListing> securityLogCsv() {
        return new CsvConverter<>(SecurityLogListing.class, SecurityLogListing::csv);
    }
}
