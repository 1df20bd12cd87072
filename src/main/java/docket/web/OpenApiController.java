package docket.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;

/**
 * The OpenAPI document of the JSON API, generated from the controllers at compile time by
 * micronaut-openapi (the compiler arguments in pom.xml) and read from the classpath, so the jar serves it too.
 */
@Controller
class OpenApiController {

    static final MediaType YAML = MediaType.of("application/yaml");

    private final ResourceResolver resources;

    OpenApiController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get("/openapi.yml")
    StreamedFile document() {
        return resources.getResourceAsStream("classpath:META-INF/swagger/openapi.yml")
                .map(in -> new StreamedFile(in, YAML))
                .orElseThrow(() -> NotFound.of("document", "openapi.yml"));
    }
}
