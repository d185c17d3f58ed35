package org.flowtrace.api.web;

import org.flowtrace.graph.explore.ElementKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/** Element kinds in JSON as the API names them ({@code wallet}, {@code account} …), as requests give them. */
@Configuration(proxyBeanMethods = false)
class ElementKindJson {

    @Bean
    SimpleModule elementKindModule() {
        return new SimpleModule("flowtrace-element-kind").addSerializer(ElementKind.class, new ValueSerializer<>() {
            @Override
            public void serialize(ElementKind kind, JsonGenerator generator, SerializationContext context) {
                generator.writeString(kind.apiName());
            }
        });
    }
}
