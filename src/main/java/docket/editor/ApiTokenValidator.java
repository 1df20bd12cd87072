package docket.editor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/** Signs in a request that carries a personal API token as {@code Authorization: Bearer docket_...}. */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiTokens tokens;
    private final Scheduler blocking;

    ApiTokenValidator(ApiTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        if (!token.startsWith(ApiTokens.PREFIX) || request == null || !ScriptCredentials.tokenReadOn(request)) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> tokens.authenticate(token)).subscribeOn(blocking).flatMap(Mono::justOrEmpty);
    }
}
