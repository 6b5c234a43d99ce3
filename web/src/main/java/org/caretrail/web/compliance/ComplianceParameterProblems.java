package org.caretrail.web.compliance;

import java.util.List;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A missing query parameter of a compliance endpoint is a 400 that names the field, as API.md asks. */
@RestControllerAdvice(basePackageClasses = ComplianceController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplianceParameterProblems {

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missing(MissingServletRequestParameterException ex) {
        return Problems.respond(Problems.invalid(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }
}
