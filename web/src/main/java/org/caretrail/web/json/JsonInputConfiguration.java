package org.caretrail.web.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict, bounded JSON input: a number is not text, text is not a boolean, and no body may be
 * deeper or larger than a clinical record plausibly is, so that hostile input gets a 400.
 */
@Configuration(proxyBeanMethods = false)
public class JsonInputConfiguration {

    static final int MAX_NESTING = 32;
    static final long MAX_DOCUMENT_CHARS = 1_000_000;
    static final int MAX_STRING_CHARS = 100_000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.deserializerByType(java.time.Instant.class, new StrictInstantDeserializer())
                .postConfigurer(mapper -> {
            mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxDocumentLength(MAX_DOCUMENT_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .build());
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    }
}
