package org.caretrail.web.config;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Enum values in JSON bodies are taken only as written: no trimming (query parameters: {@link ExactEnumParameters}). */
@Configuration(proxyBeanMethods = false)
public class ExactEnumConfiguration {

    @Bean
    Module exactEnums() {
        SimpleModule module = new SimpleModule("caretrail-exact-enums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
                                                              com.fasterxml.jackson.databind.JavaType type,
                                                              BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer, type.getRawClass());
            }
        });
        return module;
    }
}
