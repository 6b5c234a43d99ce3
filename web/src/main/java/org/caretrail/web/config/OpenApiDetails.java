package org.caretrail.web.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Set;
import org.caretrail.domain.episode.api.Disposition;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated description cannot know by itself: the answers of each operation as they really are
 * (201 for what creates, every refusal a problem), the allowed disposition codes, and what the common fields
 * mean, with examples, so that Swagger UI is usable without reading the code.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDetails {

    static final String PROBLEM = "Problem";
    private static final Set<String> CREATING = Set.of("/api/v1/episodes", "/api/v1/episodes/{id}/referrals");
    private static final String INSTANT_EXAMPLE = "2026-03-01T10:00:00Z";

    @Bean
    OpenApiCustomizer realAnswers() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas("FieldProblem", new ObjectSchema()
                    .description("One bad field of a refused request")
                    .addProperty("field", new StringSchema().description("the field, e.g. admittedAt or diagnoses[0].code"))
                    .addProperty("message", new StringSchema().description("what is wrong, in plain words")));
            components.addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem: why a request was refused or failed; nothing was recorded")
                    .addProperty("type", new StringSchema().example("about:blank"))
                    .addProperty("title", new StringSchema().example("Bad Request"))
                    .addProperty("status", new IntegerSchema().example(400))
                    .addProperty("detail", new StringSchema().example("Invalid admittedAt, patientClass."))
                    .addProperty("instance", new StringSchema().example("/api/v1/episodes"))
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                            .description("for a 400: every bad field")));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach(this::answers);
            }
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(OpenApiDetails::describeFields);
            }
        };
    }

    private void answers(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (method == PathItem.HttpMethod.POST && CREATING.contains(path) && responses.containsKey("200")) {
                ApiResponse created = responses.remove("200");
                responses.addApiResponse("201", created.description("Created; Location names what was created"));
            }
            if (!path.startsWith("/api/")) {
                return;
            }
            if (operation.getRequestBody() != null || operation.getParameters() != null) {
                problem(responses, "400", "The request is invalid: every bad field is named in errors");
            }
            problem(responses, "401", "No valid credentials were sent");
            problem(responses, "403", "The caller's roles do not allow this operation");
            if (path.contains("{")) {
                problem(responses, "404", "Nothing with that id");
            }
            if (method == PathItem.HttpMethod.POST && path.startsWith("/api/v1/episodes/")) {
                problem(responses, "409", "The episode's state does not allow this command");
            }
            problem(responses, "503", "The database cannot be reached, or a read could not catch up; retry");
        });
    }

    private static void problem(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(status, code -> new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeFields(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((name, property) -> {
            FieldDocs.Doc doc = FieldDocs.of(name);
            if (doc != null && property.getDescription() == null) {
                property.setDescription(doc.description());
            }
            if (property.getExample() == null) {
                if (doc != null && doc.example() != null) {
                    property.setExample(doc.example());
                } else if ("date-time".equals(property.getFormat())) {
                    property.setExample(INSTANT_EXAMPLE);
                }
            }
            if ("disposition".equals(name) && property.getEnum() == null && property.get$ref() == null) {
                ((Schema<String>) property).setEnum(Disposition.codes());
            }
        });
    }
}
