package docket.editor;

import docket.Browser;
import docket.Fixtures;
import docket.review.ReviewerRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing one editor's password: ten failures (docket.auth.max-failures) lock the account until another editor unlocks it. */
@MicronautTest(transactional = false)
class LockoutTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditRepository audit;

    @Inject
    SignInFailures failures;

    @Inject
    ReviewerRepository reviewers;

    @Test
    void tenFailedSignInsLockTheAccountEvenForTheRightPassword() {
        String editor = fixtures.editor();
        guessWrong(editor);

        Browser.Page form = new Browser(http).signIn(editor, Fixtures.EDITOR_PASSWORD);
        HttpResponse<String> basic = send(HttpRequest.GET("/api/editor/me").basicAuth(editor, Fixtures.EDITOR_PASSWORD));

        assertEquals("/login?locked=true", form.uri());
        assertTrue(form.html().contains("This account is locked after too many failed sign-ins; another editor can unlock it on the desk"),
                form.html());
        assertEquals(401, basic.getStatus().getCode());
        assertTrue(basic.body().contains("\"detail\":\"" + AccountLocked.MESSAGE + "\""), basic.body());
    }

    @Test
    void anotherEditorUnlocksTheAccountOnTheDeskAndItIsAudited() {
        String locked = fixtures.editor();
        guessWrong(locked);
        String unlocker = fixtures.editor();
        Browser desk = new Browser(http);
        String page = desk.signIn(unlocker, Fixtures.EDITOR_PASSWORD).html();
        assertTrue(page.contains("name=\"reviewer\" value=\"" + locked + "\""), "the desk lists the locked account: " + page);

        Browser.Page after = desk.submit("/editor/unlock", "reviewer=" + locked);

        assertEquals("/editor#access", after.uri());
        assertFalse(after.html().contains("value=\"" + locked + "\""), after.html());
        assertEquals("/editor", new Browser(http).signIn(locked, Fixtures.EDITOR_PASSWORD).uri());
        assertTrue(audit.findByTargetTypeAndTargetIdOrderById("reviewer", locked).stream()
                .anyMatch(entry -> entry.action().equals("reviewer.unlock") && entry.afterJson().contains("false")));
    }

    @Test
    void theEditorApiUnlocksAnAccount() {
        String locked = fixtures.editor();
        guessWrong(locked);

        Map<?, ?> answer = http.toBlocking().retrieve(HttpRequest.POST("/api/editor/reviewers/" + locked + "/unlock", "")
                .basicAuth(fixtures.editor(), Fixtures.EDITOR_PASSWORD), Map.class);

        assertEquals(Map.of("reviewer", locked, "locked", false), answer);
        assertEquals(200, send(HttpRequest.GET("/api/editor/me").basicAuth(locked, Fixtures.EDITOR_PASSWORD)).getStatus().getCode());
    }

    @Test
    void anUnknownNameIsRefusedLikeAWrongPasswordAndLocksNothing() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 11; i++) {
            assertEquals("/login?error=true", new Browser(http).signIn(unknown, "guess " + i).uri());
        }
    }

    @Test
    void aFailureAfterTheWindowStartsANewCount() {
        long account = reviewers.findByName(fixtures.editor()).orElseThrow().id();
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 3; i++) {
            failures.count(account, start.plusSeconds(i), start.plusSeconds(i).minus(window));
        }
        Instant later = start.plus(Duration.ofMinutes(20));
        failures.lockIfTooMany(account, 4, later, later.minus(Duration.ofHours(1)));
        assertFalse(failures.locked(account, later.minus(Duration.ofHours(1))), "three failures do not reach four");

        failures.count(account, later, later.minus(window));
        failures.count(account, later.plusSeconds(1), later.plusSeconds(1).minus(window));
        failures.lockIfTooMany(account, 2, later.plusSeconds(1), later.minus(Duration.ofHours(1)));

        assertTrue(failures.locked(account, later.minus(Duration.ofHours(1))),
                "the new window counts from its own first failure: two in it reach two");
        failures.forget(account);
    }

    /** Ten wrong passwords, through the form and HTTP Basic alike: both count. */
    private void guessWrong(String editor) {
        for (int i = 0; i < 5; i++) {
            assertEquals("/login?error=true", new Browser(http).signIn(editor, "guess " + i).uri());
            assertEquals(401, send(HttpRequest.GET("/api/editor/me").basicAuth(editor, "basic guess " + i)).getStatus().getCode());
        }
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
