package org.caretrail.web.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds the handler a request will reach by asking Spring MVC's own handler mapping, so the
 * access log sees the decoded, normalized path that dispatching and authorization see
 * ({@code /api/v1/%65pisodes/E-1} is the episode read it looks like), and the episode and
 * patient the handler's declaration names from the matched path variables.
 */
final class RequestClassifier {

    private static final Logger log = LoggerFactory.getLogger(RequestClassifier.class);

    private final RequestMappingHandlerMapping mapping;

    RequestClassifier(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    ClassifiedRequest classify(HttpServletRequest request) {
        Object parsedBefore = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return classify(request, handlerOf(request));
        } finally {
            if (parsedBefore == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedBefore);
            }
        }
    }

    private HandlerMethod handlerOf(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } catch (Exception noMatch) {
            // wrong method, media type or parameters: the dispatcher answers 4xx without calling a handler
            log.debug("No handler for {} {}: {}", request.getMethod(), request.getRequestURI(), noMatch.toString());
            return null;
        }
    }

    private static ClassifiedRequest classify(HttpServletRequest request, HandlerMethod handler) {
        if (handler == null) {
            return ClassifiedRequest.NO_PATIENT_DATA;
        }
        Declaration declaration = HandlerDeclarations.of(handler);
        if (declaration != Declaration.PATIENT_READ) {
            return declaration == Declaration.NO_PATIENT_DATA ? ClassifiedRequest.NO_PATIENT_DATA
                    : new ClassifiedRequest(declaration, handler.toString(), null, null);
        }
        PatientRead read = HandlerDeclarations.patientRead(handler).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new ClassifiedRequest(declaration, handler.toString(), named(read.episode(), variables, request),
                named(read.patient(), variables, request));
    }

    private static String named(String name, Map<String, String> variables, HttpServletRequest request) {
        if (name.isEmpty()) {
            return null;
        }
        String value = variables == null ? null : variables.get(name);
        value = value != null ? value : request.getParameter(name);
        return value == null || value.isBlank() ? null : value;
    }
}
