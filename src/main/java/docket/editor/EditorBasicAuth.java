package docket.editor;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.BasicAuthUtils;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * HTTP Basic, read on the editor API only (micronaut.security.basic-auth is off): the library's
 * fetcher hashed the password of any request that carried one, on every public route. A failure
 * counts towards the account's lockout; a locked account is told so.
 */
@Singleton
class EditorBasicAuth implements AuthenticationFetcher<HttpRequest<?>> {

    private final SignIn signIn;
    private final Scheduler blocking;

    EditorBasicAuth(SignIn signIn, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.signIn = signIn;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<UsernamePasswordCredentials> credentials = ScriptCredentials.basicReadOn(request)
                ? request.getHeaders().getAuthorization().flatMap(BasicAuthUtils::parseCredentials)
                : Optional.empty();
        if (credentials.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> signIn.check(credentials.get().getUsername(), credentials.get().getPassword()))
                .subscribeOn(blocking)
                .flatMap(checked -> switch (checked.outcome()) {
                    case ACCEPTED -> Mono.just(Authentication.build(checked.account().name(), checked.roles()));
                    case LOCKED -> Mono.error(AccountLocked.refused());
                    case WRONG -> Mono.empty();
                });
    }
}
