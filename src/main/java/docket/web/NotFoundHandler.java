package docket.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.util.Map;

/** Renders {@link NotFound} as the error page in the browser and as a JSON problem in the API. */
@Produces
@Singleton
class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<?>> {

    private final ViewsRenderer<Object, HttpRequest<?>> views;

    NotFoundHandler(ViewsRenderer<Object, HttpRequest<?>> views) {
        this.views = views;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotFound exception) {
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.notFound(Map.of("status", 404, "title", "Not found", "detail", exception.getMessage()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Writable page = views.render("error", new ErrorView("Not found", exception.getMessage()), request);
        return HttpResponse.notFound(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
