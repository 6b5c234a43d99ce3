package org.caretrail.web.problem;

import java.util.List;

/** A request body with one or more bad fields, each named; answered 400 before anything is recorded. */
public class InvalidBodyException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidBodyException(List<FieldProblem> problems) {
        super("Invalid request body: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
