package docket.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A value that a feature's own type refuses while the body is read (an assignment state that does not
 * exist) is answered with that feature's {@link Problem}; any other value that does not convert stays a 400.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class RefusedValueHandler extends ConversionErrorHandler {

    private final ProblemHandler problems;

    RefusedValueHandler(ErrorResponseProcessor<?> responseProcessor, ProblemHandler problems) {
        super(responseProcessor);
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem refused) {
                return problems.handle(request, refused);
            }
        }
        return super.handle(request, exception);
    }
}
