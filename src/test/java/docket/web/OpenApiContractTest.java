package docket.web;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.tag.Tag;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document at /openapi.yml and the JSON API cannot drift apart: every endpoint of the
 * SPEC's JSON API is in the document with its method, and the real answers have exactly the fields
 * the document's response schemas name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

    /** An endpoint of the SPEC's JSON API and the answers the SPEC names for it. */
    record Endpoint(String method, String path, List<String> codes) {

        static Endpoint of(String method, String path, String... codes) {
            return new Endpoint(method, path, List.of(codes));
        }
    }

    /**
     * The SPEC's "JSON API" list and its editor endpoints. Built by later issues, so not listed yet:
     * /api/reviewers/me, /api/reviewers/me/claim, /api/session, /api/reviewers/{name},
     * /api/editor/disagreements, /api/editor/bias, /api/coverage, /api/editor/discoveries/{id}/provenance,
     * /api/editor/webhooks and /api/search.
     */
    static final List<Endpoint> SPEC = List.of(
            Endpoint.of("get", "/api/tags", "200"),
            Endpoint.of("get", "/api/assignments", "200"),
            Endpoint.of("post", "/api/assignments/{slug}/next", "200", "204"),
            Endpoint.of("post", "/api/pages/{id}/reviews", "201", "404", "409", "422"),
            Endpoint.of("get", "/api/pages/{id}", "200"),
            Endpoint.of("get", "/api/tags/{tag}/pages", "200"),
            // the same list under /api/parties/{p}/…, /api/members/{m}/… and so on: one path, its segment an enum
            Endpoint.of("get", "/api/{segment}/{key}/tags/{tag}/pages", "200"),
            Endpoint.of("get", "/api/parties", "200"),
            Endpoint.of("get", "/api/members/{slug}", "200", "404"),
            Endpoint.of("post", "/api/editor/tags", "201"),
            Endpoint.of("patch", "/api/editor/tags/{slug}", "200"),
            Endpoint.of("post", "/api/editor/assignments", "201"),
            Endpoint.of("patch", "/api/editor/assignments/{slug}", "200"),
            Endpoint.of("post", "/api/editor/discoveries", "201"),
            Endpoint.of("delete", "/api/editor/pages/{id}", "204"),
            Endpoint.of("delete", "/api/editor/documents/{id}", "204"),
            Endpoint.of("post", "/api/editor/reviewers/{name}/ban", "200"),
            Endpoint.of("post", "/api/editor/reviewers/{name}/unban", "200"),
            Endpoint.of("get", "/api/editor/activity", "200"),
            Endpoint.of("get", "/api/editor/audit", "200"),
            Endpoint.of("get", "/api/editor/tokens", "200"),
            Endpoint.of("post", "/api/editor/tokens", "201"),
            Endpoint.of("delete", "/api/editor/tokens/{id}", "204"));

    static final List<String> LIST_SEGMENTS = List.of("parties", "members", "documents", "assignments", "reviewers");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void theCopiesAgreeWithTheTruthAfterEachScenario() throws InterruptedException {
        fixtures.assertNoDriftInWhatWasMade();
    }

    @Inject
    JsonMapper json;

    Map<String, Object> document;

    @BeforeAll
    void fetchTheDocument() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("application/yaml", response.getContentType().orElseThrow().getName());
        document = new Yaml().load(response.body());
    }

    @Test
    void theDocumentIsOpenApi3AboutDocket() {
        assertTrue(String.valueOf(document.get("openapi")).startsWith("3."), "openapi: " + document.get("openapi"));
        assertEquals("Docket", map(document.get("info")).get("title"));
    }

    @Test
    void onlyTheJsonApiIsInTheDocument() {
        List<String> others = paths().keySet().stream().filter(path -> !path.startsWith("/api/")).toList();

        assertEquals(List.of(), others, "HTML screens are not part of the API");
    }

    @Test
    void everyEndpointOfTheSpecIsDocumentedWithItsMethodAndAnswers() {
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : SPEC) {
            Map<String, Object> operation = map(map(paths().get(endpoint.path())).get(endpoint.method()));
            if (operation.isEmpty()) {
                missing.add(endpoint.method().toUpperCase() + " " + endpoint.path());
                continue;
            }
            for (String code : endpoint.codes()) {
                if (!map(operation.get("responses")).containsKey(code)) {
                    missing.add(endpoint.method().toUpperCase() + " " + endpoint.path() + " answering " + code);
                }
            }
        }
        assertEquals(List.of(), missing, "in the SPEC, not in /openapi.yml");
    }

    @Test
    void theNarrowedListsNameEveryScopeOfTheSpec() {
        Map<String, Object> operation = map(map(paths().get("/api/{segment}/{key}/tags/{tag}/pages")).get("get"));
        Map<String, Object> segment = ((List<?>) operation.get("parameters")).stream().map(OpenApiContractTest::map)
                .filter(p -> "segment".equals(p.get("name"))).findFirst().orElseThrow();

        assertEquals(LIST_SEGMENTS, map(segment.get("schema")).get("enum"));
    }

    @Test
    void theRealAnswersOfThePublicEndpointsHaveTheFieldsTheDocumentNames() throws Exception {
        Tag tag = fixtures.tag();
        Fixtures.Member member = fixtures.memberOfParty("Contract Party", 2);
        Assignment assignment = fixtures.assignment(1, member);
        Browser reviewer = new Browser(http);

        HttpResponse<Map> next = reviewer.post("/api/assignments/" + assignment.slug() + "/next", Map.of());
        conforms("post", "/api/assignments/{slug}/next", next.code(), next.body());
        long page = Browser.pageId(next);
        HttpResponse<Map> review = reviewer.post("/api/pages/" + page + "/reviews",
                Map.of("assignment", assignment.slug(), "tags", List.of(tag.slug()), "interesting", true, "skip", false));
        conforms("post", "/api/pages/{id}/reviews", review.code(), review.body());

        conforms("get", "/api/tags", "/api/tags");
        conforms("get", "/api/assignments", "/api/assignments");
        conforms("get", "/api/pages/{id}", "/api/pages/" + page);
        conforms("get", "/api/tags/{tag}/pages", "/api/tags/" + tag.slug() + "/pages");
        conforms("get", "/api/tags/{tag}/pages", "/api/tags/" + tag.slug() + "/pages?order=in-order");
        conforms("get", "/api/{segment}/{key}/tags/{tag}/pages", "/api/members/" + member.slug() + "/tags/" + tag.slug() + "/pages");
        conforms("get", "/api/parties", "/api/parties");
        conforms("get", "/api/members/{slug}", "/api/members/" + member.slug());
    }

    /** Fails unless a GET's real answer is documented for its status and has the fields the document names. */
    private void conforms(String method, String path, String uri) throws IOException {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(uri), String.class);
        conforms(method, path, response.code(), json.readValue(response.body(), Argument.OBJECT_ARGUMENT));
    }

    private void conforms(String method, String path, int status, Object answer) {
        Map<String, Object> responses = map(map(map(paths().get(path)).get(method)).get("responses"));
        Map<String, Object> documented = map(responses.get(String.valueOf(status)));
        assertTrue(!documented.isEmpty(), method + " " + path + " answered " + status + ", which the document does not name");
        Map<String, Object> schema = map(map(map(documented.get("content")).get("application/json")).get("schema"));
        assertTrue(!schema.isEmpty(), method + " " + path + " has no JSON schema for " + status);
        List<String> drift = new ArrayList<>();
        compare(method.toUpperCase() + " " + path, answer, schema, drift);
        assertEquals(List.of(), drift, "answer: " + answer);
    }

    /**
     * Every field of the answer is in the schema, and every field the schema does not mark nullable is
     * in the answer (a null field is left out of the JSON); arrays and nested objects are compared too.
     */
    private void compare(String where, Object value, Map<String, Object> schema, List<String> drift) {
        schema = resolve(schema);
        if (value == null) {
            return;
        }
        Object type = schema.get("type");
        if ("array".equals(type)) {
            assertInstanceOf(List.class, value, where);
            for (Object item : (List<?>) value) {
                compare(where + "[]", item, map(schema.get("items")), drift);
            }
        } else if (schema.containsKey("properties")) {
            assertInstanceOf(Map.class, value, where);
            Map<String, Object> properties = map(schema.get("properties"));
            Map<?, ?> answer = (Map<?, ?>) value;
            answer.keySet().stream().filter(key -> !properties.containsKey(key))
                    .forEach(key -> drift.add(where + "." + key + " is answered but not documented"));
            properties.forEach((name, property) -> {
                Map<String, Object> resolved = resolve(map(property));
                if (!answer.containsKey(name) && !Boolean.TRUE.equals(map(property).get("nullable"))
                        && !Boolean.TRUE.equals(resolved.get("nullable"))) {
                    drift.add(where + "." + name + " is documented but not answered");
                }
                compare(where + "." + name, answer.get(name), resolved, drift);
            });
        } else if ("object".equals(type)) {
            assertInstanceOf(Map.class, value, where);
        } else if ("integer".equals(type) || "number".equals(type)) {
            assertInstanceOf(Number.class, value, where);
        } else if ("string".equals(type)) {
            assertInstanceOf(String.class, value, where);
        } else if ("boolean".equals(type)) {
            assertInstanceOf(Boolean.class, value, where);
        }
    }

    /** The schema a {@code $ref}, or an {@code allOf} of one (how a nullable reference is written), stands for. */
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.containsKey("allOf") && ((List<?>) schema.get("allOf")).size() == 1) {
            return resolve(map(((List<?>) schema.get("allOf")).get(0)));
        }
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring("#/components/schemas/".length());
        Map<String, Object> target = map(map(map(document.get("components")).get("schemas")).get(name));
        assertNotNull(target.isEmpty() ? null : target, "no schema " + ref);
        return resolve(target);
    }

    private Map<String, Object> paths() {
        return map(document.get("paths"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
