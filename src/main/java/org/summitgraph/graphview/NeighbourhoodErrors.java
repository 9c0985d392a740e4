package org.summitgraph.graphview;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The JSON's errors as RFC 9457 problems, so the graph view can say what went wrong. */
@RestControllerAdvice(assignableTypes = NeighbourhoodController.class)
class NeighbourhoodErrors {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(UnknownEntityException.class)
    ProblemDetail unknown(UnknownEntityException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown entity", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
