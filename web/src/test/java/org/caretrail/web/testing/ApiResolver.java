package org.caretrail.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands an {@link ApiTest} an {@link Api} signed in as {@value Api#TESTER} and pointed at the application the test
 * started: any parameter of type {@code Api} of a test constructor, test method or lifecycle method. The port is the
 * one the server bound, read from the test's Spring context ({@code local.server.port}).
 */
public final class ApiResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Api.class;
    }

    @Override
    public Api resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Integer port = SpringExtension.getApplicationContext(extension).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new ParameterResolutionException("no server port in the Spring context of "
                    + extension.getRequiredTestClass().getName() + ": is it an @ApiTest (a web environment on a port)?");
        }
        return new Api(port);
    }
}
