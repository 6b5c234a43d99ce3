package org.caretrail.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns what Jackson could not read into field problems a client can act on. */
final class JsonProblems {

    private JsonProblems() {
    }

    static List<FieldProblem> describe(Throwable cause) {
        if (cause instanceof StreamConstraintsException limit) {
            return List.of(new FieldProblem("body", "is too large or too deeply nested: " + limit.getOriginalMessage()));
        }
        if (cause instanceof JsonParseException parse) {
            return List.of(new FieldProblem("body", "is not well-formed JSON: " + parse.getOriginalMessage()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(new FieldProblem(path(unknown), "is not a known field"));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return List.of(new FieldProblem(path(mismatch), expectation(mismatch)));
        }
        if (cause instanceof JsonMappingException mapping) {
            return List.of(new FieldProblem(path(mapping), "cannot be read: " + mapping.getOriginalMessage()));
        }
        return List.of(new FieldProblem("body", "is missing or cannot be read as JSON"));
    }

    private static String expectation(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (target == Instant.class) {
            return "must be an ISO-8601 instant with offset, such as 2026-03-01T10:00:00Z";
        }
        if (target == LocalDate.class) {
            return "must be a date such as 2026-03-01";
        }
        if (target == String.class) {
            return "must be text";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (List.class.isAssignableFrom(target)) {
            return "must be a list";
        }
        if (e instanceof InvalidFormatException) {
            return "has an invalid value";
        }
        return "must be " + (target.isRecord() ? "an object" : "a " + target.getSimpleName());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
