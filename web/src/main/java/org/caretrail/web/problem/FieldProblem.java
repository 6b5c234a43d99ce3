package org.caretrail.web.problem;

/** One bad input field of a request, as listed in a problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
