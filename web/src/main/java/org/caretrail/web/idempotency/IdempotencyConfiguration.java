package org.caretrail.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.caretrail.infra.idempotency.IdempotencyStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Idempotency-Key} handling for every POST, with the keys kept in MongoDB. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {

    /** A claim older than this belongs to a request whose process died; another may take it over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @Bean
    IdempotencyStore idempotencyStore(MongoDatabase database, Clock clock) {
        return new IdempotencyStore(database, clock, ABANDONED_AFTER);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, json));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
