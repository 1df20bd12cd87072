package docket.web;

import io.micronaut.http.HttpStatus;

/**
 * A request Docket refuses, with a message for the user: rendered as the error page in the browser
 * and as {@code {status, title, detail}} in the API by {@link ProblemHandler}.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;

    protected Problem(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public static Problem badRequest(String message) {
        return new Problem(HttpStatus.BAD_REQUEST, message);
    }

    public static Problem conflict(String message) {
        return new Problem(HttpStatus.CONFLICT, message);
    }

    public static Problem forbidden(String message) {
        return new Problem(HttpStatus.FORBIDDEN, message);
    }

    public static Problem unsupportedMediaType(String message) {
        return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }

    public static Problem unprocessable(String message) {
        return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, message);
    }

    public HttpStatus status() {
        return status;
    }
}
