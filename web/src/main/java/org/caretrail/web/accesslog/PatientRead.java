package org.caretrail.web.accesslog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a handler answers with patient data, so that every request it handles is written
 * to the access log before the answer leaves, refusals and failures included.
 *
 * <p>Every handler method of CareTrail carries either this or {@link NoPatientData} (on the method
 * or its class; the method's wins). A request reaching an undeclared handler is refused, and
 * {@code HandlerDeclarationsTest} fails the build for one.
 *
 * <p>The patients logged are those the request names ({@link #patient()}, the patient of
 * {@link #episode()}) and those in the handler's result, read from the object it returned (or
 * its model) before any conversion, whatever the media type: every {@code patientId} and
 * {@code patientIds} property, and for an {@code episodeId} or {@code aggregateId} with no
 * patient beside or around it, that episode's patient.
 *
 * <pre>{@code
 * @GetMapping("/api/v1/episodes/{id}")
 * @PatientRead(episode = "id")
 * public EpisodeView episode(@PathVariable String id) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PatientRead {

    /** The path variable holding the id of the episode the request reads; empty when it names none. */
    String episode() default "";

    /** The path variable or request parameter holding the id of the patient the request reads; empty for none. */
    String patient() default "";
}
