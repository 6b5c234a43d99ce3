package org.caretrail.web.accesslog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a handler's answers hold no patient data (commands that answer an id, counts,
 * rates, administration), so its requests are not written to the access log. See {@link PatientRead}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoPatientData {
}
