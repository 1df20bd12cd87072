package docket.web;

import docket.Browser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An outsider probing the management endpoints, as a reverse proxy would pass them on, finds only /health. */
@MicronautTest(transactional = false)
class AdminSurfaceTest {

    private static final List<String> MANAGEMENT = List.of("/routes", "/beans", "/threaddump", "/env", "/env/micronaut",
            "/loggers", "/loggers/ROOT", "/refresh", "/info", "/caches", "/stop", "/metrics", "/flyway", "/liquibase", "/token_info");

    @Inject
    @Client("/")
    HttpClient http;

    private static final Pattern JAVA_NAME = Pattern.compile("(docket|io\\.micronaut)\\.[a-z]+\\.");

    @Test
    void managementEndpointsAnswerAnonymousCallersWithNothing() {
        for (String path : MANAGEMENT) {
            for (MutableHttpRequest<?> request : List.of(HttpRequest.GET(path), HttpRequest.POST(path, Map.of()))) {
                HttpResponse<String> response = send(request.header("Host", "docket.example.org"));
                int status = response.getStatus().getCode();
                String body = response.getBody(String.class).orElse("");

                assertTrue(status == 401 || status == 404, request.getMethod() + " " + path + " answered " + status + ": " + abbreviated(body));
                // Class names (docket.home.HomeController, io.micronaut...), threads or settings; the error page's docket.css is fine.
                assertFalse(JAVA_NAME.matcher(body).find() || body.contains("Thread") || body.contains("datasources"),
                        request.getMethod() + " " + path + " gave away: " + abbreviated(body));
            }
        }
    }

    @Test
    void healthAndItsProbesStayOpenToLoadBalancers() {
        for (String path : List.of("/health", "/health/liveness", "/health/readiness")) {
            HttpResponse<Map> response = http.toBlocking().exchange(HttpRequest.GET(path).header("Host", "docket.example.org"), Map.class);

            assertEquals(200, response.getStatus().getCode(), path);
            assertEquals("UP", response.body().get("status"), path);
            assertFalse(response.body().containsKey("details"), path + " shows no details to anyone");
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
