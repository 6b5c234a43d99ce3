package org.caretrail.infra.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;

/** The serializers CareTrail stores messages with: JSON an auditor can read, ISO-8601 instants, {@code @Revision}. */
public final class CareTrailSerializers {

    private CareTrailSerializers() {
    }

    /** A Jackson serializer for events, snapshots, tokens and messages. */
    public static JacksonSerializer jackson() {
        return JacksonSerializer.builder()
                                .objectMapper(objectMapper())
                                .revisionResolver(new AnnotationRevisionResolver())
                                .build();
    }

    /** The object mapper behind {@link #jackson()}, for code that must write the same JSON. */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                         // Old events meet newer classes, and newer events older readers: extra fields are fine.
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .build();
    }
}
