package docket.review;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.denorm.Denormalizer;
import docket.tag.Tag;
import docket.web.VisitorCookie;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on another site cannot make a visitor's browser review: not with a form post, not with a
 * no-cors fetch. Requests are addressed to a public host name, as behind a reverse proxy.
 */
@MicronautTest(transactional = false)
class ReviewForgeryTest {

    private static final String HOST = "docket.example.org";
    private static final String EVIL = "https://evil.example";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void theCopiesAgreeWithTheTruthAfterEachScenario() throws InterruptedException {
        fixtures.assertNoDriftInWhatWasMade();
    }

    @Inject
    Denormalizer denormalizer;

    @Inject
    ReviewQueries reviews;

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndLeavesTheVisitorsCookieAlone() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(2);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        Browser visitor = new Browser(http);
        long page = shownPage(visitor.open("/assignments/" + assignment.slug() + "/review").html());

        // The browser leaves its SameSite=Lax cookie off a cross-site post: the forged form has none.
        HttpResponse<String> withoutCookie = send(HttpRequest.POST("/review/" + page, "tags=" + tag.slug())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.HOST, HOST).header(HttpHeaders.ORIGIN, EVIL));
        // An older browser would send the cookie along, but the other site cannot know the form's token.
        HttpResponse<String> withCookie = send(HttpRequest.POST("/review/" + page, "tags=" + tag.slug())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.COOKIE, VisitorCookie.NAME + "=" + visitor.cookie(VisitorCookie.NAME)));

        for (HttpResponse<String> forged : List.of(withoutCookie, withCookie)) {
            assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
            assertTrue(forged.getHeaders().getAll(HttpHeaders.SET_COOKIE).isEmpty(), "the visitor's cookie is not replaced");
            assertTrue(forged.body().contains("<html"), "the branded error page: " + forged.body());
        }
        assertTrue(withoutCookie.body().contains("another site"), withoutCookie.body());
        assertTrue(withCookie.body().contains("Reload the page"), withCookie.body());
        assertEquals(0, reviews.counts(page).reviews(), "nothing was recorded");

        Browser.Page after = visitor.submit("/review/" + page, "tags=" + tag.slug());
        assertEquals(200, after.status());
        assertEquals(1, reviews.counts(page).reviews(), "the visitor's own form still works");
    }

    @Test
    void theJsonApiTakesOnlyJsonAndRefusesCrossSiteRequests() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        long page = member.pages().get(0);
        String body = "{\"tags\": [\"" + tag.slug() + "\"]}";
        String uri = "/api/pages/" + page + "/reviews";

        HttpResponse<String> textPlain = send(HttpRequest.POST(uri, body).contentType(MediaType.TEXT_PLAIN_TYPE));
        HttpResponse<String> crossOrigin = send(HttpRequest.POST(uri, Map.of("tags", List.of(tag.slug())))
                .header(HttpHeaders.HOST, HOST).header(HttpHeaders.ORIGIN, EVIL));
        HttpResponse<String> fetchMetadata = send(HttpRequest.POST(uri, Map.of("tags", List.of(tag.slug())))
                .header("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> crossSiteNext = send(HttpRequest.POST("/api/assignments/" + assignment.slug() + "/next", Map.of())
                .header(HttpHeaders.HOST, HOST).header(HttpHeaders.ORIGIN, EVIL));
        // What a no-cors fetch with a string body and no type sends, through a client that adds no type of its own.
        java.net.http.HttpResponse<String> untyped = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + uri))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());

        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, textPlain.getStatus());
        assertTrue(textPlain.body().contains("\"detail\":\"The JSON API takes only application/json"), textPlain.body());
        assertEquals(415, untyped.statusCode(), untyped.body());
        for (HttpResponse<String> forged : List.of(crossOrigin, fetchMetadata, crossSiteNext)) {
            assertEquals(HttpStatus.FORBIDDEN, forged.getStatus());
            assertTrue(forged.body().contains("\"status\":403") && forged.body().contains("another site"), forged.body());
            assertTrue(forged.getHeaders().getAll(HttpHeaders.SET_COOKIE).isEmpty());
        }
        assertEquals(0, reviews.counts(page).reviews(), "nothing was recorded");

        HttpResponse<String> sameSite = send(HttpRequest.POST(uri, Map.of("tags", List.of(tag.slug())))
                .header(HttpHeaders.HOST, HOST).header(HttpHeaders.ORIGIN, "https://" + HOST).header("Sec-Fetch-Site", "same-origin"));
        assertEquals(HttpStatus.CREATED, sameSite.getStatus(), sameSite.body());
    }

    private static long shownPage(String html) {
        Matcher form = Pattern.compile("action=\"/review/(\\d+)\"").matcher(html);
        assertTrue(form.find(), html);
        return Long.parseLong(form.group(1));
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        HttpResponse<String> response = Browser.answer(http, request);
        assertNotNull(response);
        assertFalse(response.getStatus().getCode() >= 500, "no server error");
        return response;
    }
}
