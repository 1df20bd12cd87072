package docket.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A sensitive management endpoint, once one is enabled besides /health, is for editors only. The
 * library's rule answers a signed-in caller with an error until it is told whom to let in.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class EditorsOnlyEndpoints extends SensitiveEndpointRule {

    EditorsOnlyEndpoints(EndpointSensitivityProcessor endpointSensitivityProcessor) {
        super(endpointSensitivityProcessor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request, Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Mono.just(authentication.getRoles().contains("editor") ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }
}
