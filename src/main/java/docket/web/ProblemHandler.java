package docket.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.util.Map;

/** Renders a {@link Problem} as the error page in the browser and as a JSON problem in the API. */
@Produces
@Singleton
class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<?>> {

    private final ViewsRenderer<Object, HttpRequest<?>> views;

    ProblemHandler(ViewsRenderer<Object, HttpRequest<?>> views) {
        this.views = views;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Problem problem) {
        String title = problem.status().getReason();
        MutableHttpResponse<?> response = HttpResponse.status(problem.status());
        if (problem instanceof TooManyRequests limited) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        if (request.getPath().startsWith("/api/")) {
            return response.body(Map.of("status", problem.status().getCode(), "title", title, "detail", problem.getMessage()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Writable page = views.render("error", new ErrorView(title, problem.getMessage()), request);
        return response.body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
