package org.caretrail.web.accesslog;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Reads a handler method's {@link PatientRead} or {@link NoPatientData}, the method's before its class's. Each
 * request asked for them several times (classifying it, and for every message converter considered), and a
 * merged annotation is synthesized afresh on each lookup, so the answers are kept per method and class.
 */
final class HandlerDeclarations {

    private static final String CARETRAIL = "org.caretrail.";
    private static final Map<Handler, Declaration> DECLARATIONS = new ConcurrentHashMap<>();
    private static final Map<Handler, Optional<PatientRead>> READS = new ConcurrentHashMap<>();

    private record Handler(Method method, Class<?> type) {
    }

    private HandlerDeclarations() {
    }

    /** What the handler declares; handlers of libraries (OpenAPI, the error page) serve no patient data. */
    static Declaration of(HandlerMethod handler) {
        return DECLARATIONS.computeIfAbsent(new Handler(handler.getMethod(), handler.getBeanType()),
                key -> declared(key.method(), key.type()));
    }

    private static Declaration declared(Method method, Class<?> type) {
        if (patientRead(method, type).isPresent()) {
            return Declaration.PATIENT_READ;
        }
        if (AnnotatedElementUtils.hasAnnotation(method, NoPatientData.class)
                || AnnotatedElementUtils.hasAnnotation(type, NoPatientData.class)
                || !type.getName().startsWith(CARETRAIL)) {
            return Declaration.NO_PATIENT_DATA;
        }
        return Declaration.UNDECLARED;
    }

    static Optional<PatientRead> patientRead(HandlerMethod handler) {
        return patientRead(handler.getMethod(), handler.getBeanType());
    }

    /** The handler's {@link PatientRead}, unless the method itself says {@link NoPatientData}. */
    static Optional<PatientRead> patientRead(Method method, Class<?> type) {
        return READS.computeIfAbsent(new Handler(method, type), key -> find(key.method(), key.type()));
    }

    private static Optional<PatientRead> find(Method method, Class<?> type) {
        PatientRead onMethod = AnnotatedElementUtils.findMergedAnnotation(method, PatientRead.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        if (AnnotatedElementUtils.hasAnnotation(method, NoPatientData.class)) {
            return Optional.empty();
        }
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(type, PatientRead.class));
    }
}
