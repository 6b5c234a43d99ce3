package org.caretrail.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test: the whole application on a random port, real HTTP, the real MongoDB
 * driver against the embedded server (or the server {@code MONGODB_URI} names).
 *
 * <p>A test gets its {@link Api} as a parameter of its constructor, a test method or a lifecycle method
 * ({@link ApiResolver}); it needs {@code @LocalServerPort} only to reach the server other than through
 * {@code Api}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability // metrics are exported as in production (Spring's tests turn them off)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(ApiResolver.class)
public @interface ApiTest {
}
