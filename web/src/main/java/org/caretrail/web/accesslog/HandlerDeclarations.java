package org.caretrail.web.accesslog;

import java.lang.reflect.Method;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** Reads a handler method's {@link PatientRead} or {@link NoPatientData}, the method's before its class's. */
final class HandlerDeclarations {

    private static final String CARETRAIL = "org.caretrail.";

    private HandlerDeclarations() {
    }

    /** What the handler declares; handlers of libraries (OpenAPI, the error page) serve no patient data. */
    static Declaration of(HandlerMethod handler) {
        Method method = handler.getMethod();
        Class<?> type = handler.getBeanType();
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
