package docket.embedded;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

import java.util.HashMap;
import java.util.Map;

/**
 * Runs before every application context (server, tools and tests) and points it at embedded
 * servers for whatever the environment leaves unconfigured.
 */
@ContextConfigurer
public final class EmbeddedServicesConfigurer implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        ServiceSettings settings = ServiceSettings.fromEnvironment();
        Map<String, Object> properties = new HashMap<>(EmbeddedServices.propertiesFor(settings));
        // Resolved once here so that every part of Docket agrees on where its data lives.
        properties.put("docket.data-dir", settings.dataDir().toString());
        builder.properties(properties);
    }
}
