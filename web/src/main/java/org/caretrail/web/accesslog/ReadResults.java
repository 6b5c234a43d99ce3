package org.caretrail.web.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Keeps what a {@link PatientRead} handler returned, before any message converter turns it into
 * JSON, YAML or CSV (or its model, before a view renders it), so the access log takes the
 * patients from the query result and not from the bytes of one media type.
 */
@ControllerAdvice
public class ReadResults implements ResponseBodyAdvice<Object>, HandlerInterceptor {

    private static final String ATTRIBUTE = ReadResults.class.getName() + ".result";

    /** The result a {@link PatientRead} handler of this request returned, if it returned one. */
    static Optional<Object> of(HttpServletRequest request) {
        return Optional.ofNullable(request.getAttribute(ATTRIBUTE));
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.getMethod() != null
                && HandlerDeclarations.patientRead(returnType.getMethod(), returnType.getContainingClass()).isPresent();
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body != null && request instanceof ServletServerHttpRequest servlet) {
            servlet.getServletRequest().setAttribute(ATTRIBUTE, body);
        }
        return body;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView != null && handler instanceof HandlerMethod method
                && HandlerDeclarations.patientRead(method).isPresent()) {
            // the model's objects, without the binding results a form page carries next to them
            request.setAttribute(ATTRIBUTE, modelAndView.getModel().entrySet().stream()
                    .filter(entry -> !entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX))
                    .map(Map.Entry::getValue).toList());
        }
    }
}
