package docket.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;

/**
 * A form or multipart body that cannot even be decoded ({@code tags=%}) is the client's mistake: Netty's
 * decoder throws, which Micronaut would otherwise answer as a 500.
 */
@Produces
@Singleton
class MalformedFormHandler implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> {

    private final ProblemHandler problems;

    MalformedFormHandler(ProblemHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException exception) {
        return problems.handle(request, Problem.badRequest(
                "The form could not be read: it is not properly encoded. Reload the page and send it again."));
    }
}
