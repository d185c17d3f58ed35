package org.flowtrace.api.web.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.NoSuchElementException;
import org.flowtrace.graph.AmbiguousPartyException;
import org.flowtrace.graph.UnknownPartyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the exceptions of the API into problem details: bad input ({@link IllegalArgumentException},
 * validation) is 400, an unknown element 404, anything else 500 with a neutral message (the cause is
 * logged, never sent: it may name a query or a file).
 */
@RestControllerAdvice(basePackages = "org.flowtrace.api.web")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler({IllegalArgumentException.class, ConstraintViolationException.class, AmbiguousPartyException.class
    })
    ProblemDetail badInput(RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler({NoSuchElementException.class, UnknownPartyException.class})
    ProblemDetail notFound(RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        LOG.error("request failed", e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; the server log has the details.");
        problem.setTitle("Internal error");
        return problem;
    }
}
