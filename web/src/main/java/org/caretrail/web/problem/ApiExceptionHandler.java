package org.caretrail.web.problem;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.caretrail.domain.episode.api.EpisodeStateException;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.episode.api.ReferralNotFoundException;
import org.caretrail.infra.mongo.MongoOutage;
import org.caretrail.web.query.NotFoundException;
import org.caretrail.web.query.ProjectionsBehindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure to {@code application/problem+json}: bad input is a 400 naming each field,
 * a state that forbids the command is a 409, an unknown episode a 404, a storage outage a 503.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::toProblem)
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return Problems.respond(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return Problems.respond(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.invalid(JsonProblems.describe(ex.getCause())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The Accept header may be unreadable, so the problem's own type cannot be negotiated by it: name it outright.
        ResponseEntity<Object> problem = Problems.respond(Problems.problem(HttpStatus.NOT_ACCEPTABLE,
                ex.getBody().getDetail()));
        return ResponseEntity.status(problem.getStatusCode()).headers(headers).headers(problem.getHeaders())
                .body(problem.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "There is nothing at /" + ex.getResourcePath()
                + "; the API is described at /swagger-ui.html."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.invalid(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<Object> invalidBody(InvalidBodyException ex) {
        return Problems.respond(Problems.invalid(ex.problems()));
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(jakarta.validation.ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return Problems.respond(Problems.invalid(errors));
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        Class<?> type = ex.getRequiredType();
        if (type != null && type.isEnum()) {
            return Problems.respond(Problems.invalid(List.of(new FieldProblem(ex.getName(), "must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants())))));
        }
        String expected = type == null ? "value" : type.getSimpleName();
        return Problems.respond(Problems.invalid(List.of(new FieldProblem(ex.getName(),
                "must be a valid " + expected + (expected.equals("Instant") ? " such as 2026-03-01T10:00:00Z" : "")))));
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalidCommand(InvalidCommandException ex) {
        return Problems.respond(Problems.invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler({EpisodeStateException.class, ConcurrencyException.class})
    ResponseEntity<Object> conflict(RuntimeException ex) {
        String detail = ex instanceof ConcurrencyException
                ? "The episode was changed by another request at the same time; read it again and retry."
                : ex.getMessage();
        return Problems.respond(Problems.problem(HttpStatus.CONFLICT, detail));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> readNotFound(NotFoundException ex) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, ex.getMessage()));
    }

    @ExceptionHandler({AggregateNotFoundException.class, ReferralNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException ex) {
        String detail = ex instanceof AggregateNotFoundException missing
                ? "No episode with id '" + missing.getAggregateIdentifier() + "'."
                : ex.getMessage();
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, detail));
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class,
            com.mongodb.MongoConnectionPoolClearedException.class})
    ResponseEntity<Object> storageUnavailable(MongoException ex) {
        log.warn("Storage unavailable: {}", ex.getMessage());
        ResponseEntity<Object> response = Problems.respond(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached right now; nothing was recorded. Retry shortly."));
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    @ExceptionHandler(ProjectionsBehindException.class)
    ResponseEntity<Object> projectionsBehind(ProjectionsBehindException ex) {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage() + " Retry shortly.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidCommandException invalid) {
            return invalidCommand(invalid);
        }
        if (cause instanceof EpisodeStateException || cause instanceof ConcurrencyException) {
            return conflict((RuntimeException) cause);
        }
        if (cause instanceof AggregateNotFoundException || cause instanceof ReferralNotFoundException) {
            return notFound((RuntimeException) cause);
        }
        return unexpected(ex);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        Optional<MongoException> outage = MongoOutage.in(ex);
        if (outage.isPresent()) {
            // Axon wraps storage failures (EventStoreException, ...); an outage is still a 503.
            return storageUnavailable(outage.get());
        }
        log.error("Unexpected failure", ex);
        return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged."));
    }

    private static FieldProblem toProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getTitle() == null) {
            problem.setTitle(HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
