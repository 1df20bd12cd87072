package docket.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The public site: a route that no earlier rule ruled on is open to everyone. It runs after the
 * editor rules of application.yml and after {@link SensitiveEndpointRule}, so it never opens a
 * management endpoint; as the yml catch-all {@code /** -> isAnonymous()} it would have been checked
 * first and opened {@code /routes}, {@code /beans} and {@code POST /refresh} to anyone.
 */
@Singleton
class PublicSiteRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        return Mono.just(SecurityRuleResult.ALLOWED);
    }

    @Override
    public int getOrder() {
        return SensitiveEndpointRule.ORDER + 100;
    }
}
