package org.summitgraph.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.summitgraph.article.InvalidArticleException;

/** Maps the API's errors to HTTP statuses with an RFC 9457 problem body saying what was wrong. */
@RestControllerAdvice(assignableTypes = ArticleApiController.class)
class ApiExceptionHandler {

    @ExceptionHandler(InvalidArticleException.class)
    ProblemDetail invalidArticle(InvalidArticleException e) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case REFUSED_BY_SHAPES -> HttpStatus.UNPROCESSABLE_CONTENT;
            case EMPTY, NOT_TEXT, BAD_METADATA -> HttpStatus.BAD_REQUEST;
        };
        return problem(status, "Article refused", e.getMessage());
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    ProblemDetail notFound(ArticleNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "No such article", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Article refused", "The upload is larger than the server accepts.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Article refused",
                "A multipart upload must carry the article in a part named \"file\".");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }
}
