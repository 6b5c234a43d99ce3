package org.caretrail.web.problem;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Reads a JSON request body field by field before it is bound, so that a client learns about every bad field
 * at once: fields the request does not know (refused by name, with the known ones listed), values of the wrong
 * type or outside an enumeration, and the bean-validation failures of the fields that could be read. A body
 * that is not a JSON object is left to the normal reading, which names the problem.
 */
@ControllerAdvice
public class FieldByFieldBodyCheck extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;
    private final Validator validator;

    public FieldByFieldBodyCheck(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && type.isRecord()
                && AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        check((Class<?>) targetType, body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private void check(Class<?> type, byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException unreadable) {
            return; // the normal reading names what is wrong with the body as a whole
        }
        if (!(tree instanceof ObjectNode object)) {
            return;
        }
        Map<String, JavaType> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), json.getTypeFactory().constructType(component.getGenericType()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        ObjectNode readable = object.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JavaType fieldType = fields.get(field.getKey());
            if (fieldType == null) {
                problems.add(new FieldProblem(field.getKey(), "is not a known field; the known fields are "
                        + String.join(", ", fields.keySet())));
                readable.remove(field.getKey());
            } else if (!field.getValue().isNull()) {
                try {
                    json.readerFor(fieldType).readValue(field.getValue());
                } catch (JsonMappingException bad) {
                    JsonProblems.describe(bad).forEach(problem -> problems.add(within(field.getKey(), problem)));
                    readable.remove(field.getKey());
                } catch (IOException bad) {
                    problems.add(new FieldProblem(field.getKey(), "cannot be read"));
                    readable.remove(field.getKey());
                }
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        problems.addAll(constraintProblems(type, readable, problems));
        problems.sort(Comparator.comparing(FieldProblem::field));
        throw new InvalidBodyException(problems);
    }

    /** The bean-validation failures of the fields that could be read; those already named are not named twice. */
    private List<FieldProblem> constraintProblems(Class<?> type, ObjectNode readable, List<FieldProblem> named) {
        Set<String> already = named.stream().map(problem -> root(problem.field())).collect(Collectors.toSet());
        Object partial;
        try {
            partial = json.treeToValue(readable, type);
        } catch (IOException | IllegalArgumentException unreadable) {
            return List.of(); // what could be named is named already
        }
        return validator.validate(partial).stream()
                .map(FieldByFieldBodyCheck::toProblem)
                .filter(problem -> !already.contains(root(problem.field())))
                .toList();
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static FieldProblem within(String field, FieldProblem problem) {
        if ("body".equals(problem.field())) {
            return new FieldProblem(field, problem.message());
        }
        String separator = problem.field().startsWith("[") ? "" : ".";
        return new FieldProblem(field + separator + problem.field(), problem.message());
    }

    private static String root(String path) {
        return Arrays.stream(path.split("[.\\[]")).findFirst().orElse(path);
    }
}
