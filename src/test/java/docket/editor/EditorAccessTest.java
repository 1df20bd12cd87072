package docket.editor;

import docket.Browser;
import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.review.ReviewerRole;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EditorAccessTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Inject
    ReviewerRepository reviewers;

    @Test
    void anEditorMadeWithTheToolSignsInAndReachesTheDesk() {
        String name = createEditor();
        Browser browser = new Browser(http);

        Browser.Page desk = browser.signIn(name, PASSWORD);

        assertEquals("/editor", desk.uri());
        assertTrue(desk.html().contains("Signed in as <strong>" + name + "</strong>"), desk.html());
    }

    @Test
    void aWrongPasswordGoesBackToTheSignInPageWithAMessage() {
        String name = createEditor();

        Browser.Page page = new Browser(http).signIn(name, "wrong-password");

        assertEquals("/login?error=true", page.uri());
        assertTrue(page.html().contains("do not match an editor account"), page.html());
    }

    @Test
    void theDeskSendsAnonymousBrowsersToSignIn() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/editor").accept(MediaType.TEXT_HTML), String.class);

        assertEquals(HttpStatus.SEE_OTHER.getCode() / 100, response.getStatus().getCode() / 100);
        assertEquals("/login", response.getHeaders().get(HttpHeaders.LOCATION));
    }

    @Test
    void theEditorApiWantsCredentialsAndAnEditor() {
        String editor = createEditor();
        String reviewer = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        reviewers.save(new Reviewer(null, reviewer, Passwords.hash(PASSWORD), ReviewerRole.REVIEWER, null));

        HttpClientResponseException anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/editor/me"), Map.class));
        HttpClientResponseException notEditor = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/editor/me").basicAuth(reviewer, PASSWORD), Map.class));
        Map<?, ?> me = http.toBlocking().retrieve(HttpRequest.GET("/api/editor/me").basicAuth(editor, PASSWORD), Map.class);

        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, notEditor.getStatus());
        assertEquals(editor, me.get("name"));
    }

    @Test
    void createEditorRefusesAShortPassword() {
        assertEquals(2, runCreateEditor("editor-" + UUID.randomUUID().toString().substring(0, 8), "short"));
    }

    private String createEditor() {
        String name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(0, runCreateEditor(name, PASSWORD));
        return name;
    }

    private int runCreateEditor(String name, String password) {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            return new CommandLine(CreateEditorCommand.class, new MicronautFactory(context)).execute(name);
        } finally {
            System.setIn(original);
        }
    }
}
