package docket.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Every error answer Docket gives: as the error page in the browser and as {@code {status, title,
 * detail}} under {@code /api/}. Docket's own {@link Problem}s carry their message; the framework's
 * errors (no such route, wrong method or content type, a body too large or unreadable, an argument that
 * does not convert, an unexpected failure) get a message in plain words here instead of the
 * framework's, which names Java types, SQL or settings.
 */
@Produces
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<?>>, ErrorResponseProcessor<Object> {

    private final ViewsRenderer<Object, HttpRequest<?>> views;

    ProblemHandler(ViewsRenderer<Object, HttpRequest<?>> views) {
        this.views = views;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Problem problem) {
        MutableHttpResponse<?> response = HttpResponse.status(problem.status());
        if (problem instanceof TooManyRequests limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return answer(request, response, problem.getMessage());
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext error, MutableHttpResponse<?> response) {
        return answer(error.getRequest(), response, detail(error, response.status()));
    }

    @SuppressWarnings("unchecked")
    private MutableHttpResponse<Object> answer(HttpRequest<?> request, MutableHttpResponse<?> response, String detail) {
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        HttpStatus status = response.status();
        String title = status.getReason();
        if (request.getPath().startsWith("/api/")) {
            Object problem = Map.of("status", status.getCode(), "title", title, "detail", detail);
            return answer.body(problem).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Object page = views.render("error", new ErrorView(title, detail), request);
        return answer.body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static String detail(ErrorContext error, HttpStatus status) {
        HttpRequest<?> request = error.getRequest();
        Throwable cause = error.getRootCause().orElse(null);
        if (cause instanceof ConversionErrorException wrong) {
            String value = wrong.getConversionError().getOriginalValue().map(String::valueOf).orElse("");
            return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "' is not a valid "
                    + wrong.getArgument().getName() + ".";
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream().map(ProblemHandler::violation).sorted()
                    .collect(Collectors.joining("; ")) + ".";
        }
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: a value in the address or the body is not in the expected form.";
            case UNAUTHORIZED -> "Sign in to do this.";
            case FORBIDDEN -> "Your account is not allowed to do this.";
            case NOT_FOUND -> "There is nothing at " + request.getPath() + ". Check the address.";
            case METHOD_NOT_ALLOWED -> "This address does not take " + request.getMethodName() + " requests.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the format asked for.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take "
                    + request.getContentType().map(MediaType::getName).orElse("a body without a content type") + ".";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is larger than this server accepts.";
            default -> status.getCode() >= 500
                    ? "Something went wrong on our side. Please try again in a moment."
                    : status.getReason() + ".";
        };
    }

    /** e.g. {@code threshold must be greater than or equal to 1}: the field's name, not the method's path. */
    private static String violation(ConstraintViolation<?> violation) {
        String field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName).reduce((first, last) -> last).orElse("value");
        return field + " " + violation.getMessage();
    }
}
