package docket.limits;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import docket.denorm.Denormalizer;
import docket.review.ReviewQueries;
import docket.tag.Tag;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One client cannot flood Docket with reviews, new reviewers, held pages or password guesses, while
 * everybody else goes on as before. Low limits, and the test client's own address is a trusted proxy,
 * so that X-Forwarded-For stands for many client addresses.
 */
@MicronautTest(transactional = false)
@Property(name = "docket.limits.enabled", value = "true")
@Property(name = "docket.limits.reviews-per-minute", value = "5")
@Property(name = "docket.limits.address-reviews-per-minute", value = "12")
@Property(name = "docket.limits.new-reviewers-per-hour", value = "3")
@Property(name = "docket.limits.leases", value = "3")
@Property(name = "docket.limits.address-leases", value = "6")
@Property(name = "docket.limits.sign-ins-per-minute", value = "3")
@Property(name = "docket.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class AbuseLimitsTest {

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
    Denormalizer denormalizer;

    @Inject
    ReviewQueries reviews;

    @Value("${redis.uri}")
    String redisUri;

    @Test
    void aBurstOfNewReviewersFromOneAddressIsRefusedWhileAnotherAddressKeepsReviewing() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(10);
        Tag tag = fixtures.tag();
        String attacker = address();
        Browser honest = from(address());
        List<Integer> statuses = new ArrayList<>();
        List<HttpResponse<Map>> refused = new ArrayList<>();

        for (int i = 0; i < 8; i++) {
            // A fresh browser each time: a new anon-N reviewer per review, as the flood did.
            HttpResponse<Map> answer = from(attacker).post(reviewUri(member.pages().get(i)), Map.of("tags", List.of(tag.slug())));
            statuses.add(answer.getStatus().getCode());
            if (answer.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                refused.add(answer);
            }
            if (i < 4) {
                assertEquals(HttpStatus.CREATED, honest.post(reviewUri(member.pages().get(i)), Map.of("tags", List.of(tag.slug()))).getStatus(),
                        "the reviewer at another address is not held back");
            }
        }

        assertEquals(List.of(201, 201, 201, 429, 429, 429, 429, 429), statuses);
        assertTooManyRequests(refused.get(0), "new reviewers");
        for (int i = 0; i < 8; i++) {
            // Every acknowledged review is in MySQL, and nothing of a refused one.
            long expected = (i < 3 ? 1 : 0) + (i < 4 ? 1 : 0);
            assertEquals(expected, reviews.counts(member.pages().get(i)).reviews(), "reviews of page " + i);
        }
    }

    @Test
    void aBurstOfReviewsByOneReviewerIsRefusedWithRetryAfterAndAFriendlyPage() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(8);
        Tag tag = fixtures.tag();
        Browser reviewer = from(address());
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<Map> last = null;

        for (int i = 0; i < 8; i++) {
            last = reviewer.post(reviewUri(member.pages().get(i)), Map.of("tags", List.of(tag.slug())));
            statuses.add(last.getStatus().getCode());
        }

        // The first review, from a browser with no cookie yet, counts as a new reviewer; then five a minute.
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 429, 429), statuses);
        assertTooManyRequests(last, "reviews");
        assertEquals(0, reviews.counts(member.pages().get(6)).reviews() + reviews.counts(member.pages().get(7)).reviews());

        // In the browser the refusal is the branded page, with the same advice.
        Assignment assignment = fixtures.assignment(1, fixtures.memberWithPages(2));
        denormalizer.rebuild(assignment);
        Browser browser = from(address());
        Browser.Page page = browser.open("/assignments/" + assignment.slug() + "/review");
        java.util.regex.Matcher form = java.util.regex.Pattern.compile("action=\"/review/(\\d+)\"").matcher(page.html());
        assertTrue(form.find(), page.html());
        List<Integer> shown = new ArrayList<>();
        Browser.Page refusedPage = null;
        for (int i = 0; i < 7; i++) {
            refusedPage = browser.submit("/review/" + form.group(1), "skip=yes");
            shown.add(refusedPage.status());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 429), shown);
        assertTrue(refusedPage.html().contains("<html") && refusedPage.html().contains("Please wait"), refusedPage.html());
    }

    @Test
    void aClientHoldsOnlySoManyPagesAtOnceAndOthersStillGetPages() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(12);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        Tag tag = fixtures.tag();
        String next = "/api/assignments/" + assignment.slug() + "/next";
        String attacker = address();
        Browser holder = from(attacker);

        List<Integer> statuses = new ArrayList<>();
        List<Long> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<Map> answer = holder.post(next, Map.of());
            statuses.add(answer.getStatus().getCode());
            if (answer.getStatus() == HttpStatus.OK) {
                held.add(Browser.pageId(answer));
            }
        }
        // The first page went to a browser with no cookie yet, counted for its address only; then three at once.
        assertEquals(List.of(200, 200, 200, 200, 429), statuses);
        // A review releases a page, and with it room for the next one.
        assertEquals(HttpStatus.CREATED, holder.post(reviewUri(held.get(0)), Map.of("tags", List.of(tag.slug()))).getStatus());
        assertEquals(HttpStatus.OK, holder.post(next, Map.of()).getStatus());

        // Dropping the cookie does not help: the address holds at most six pages.
        int served = 0;
        for (int i = 0; i < 6; i++) {
            if (from(attacker).post(next, Map.of()).getStatus() == HttpStatus.OK) {
                served++;
            }
        }
        assertTrue(served <= 3, "pages handed to fresh browsers at the same address: " + served);
        assertEquals(HttpStatus.OK, from(address()).post(next, Map.of()).getStatus(), "another address still gets a page");
    }

    @Test
    void aReviewerToldTheLastPagesAreHeldMayAskAgainBeyondTheLeaseLimit() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        Assignment assignment = fixtures.assignment(1, member);
        denormalizer.rebuild(assignment);
        String next = "/api/assignments/" + assignment.slug() + "/next";
        assertEquals(HttpStatus.OK, from(address()).post(next, Map.of()).getStatus(), "someone holds the one page");
        Browser waiting = from(address());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(waiting.post(next, Map.of()).getStatus().getCode());
        }

        // Six answers that held nothing, over the three pages a reviewer may hold at once.
        assertEquals(List.of(204, 204, 204, 204, 204, 204), statuses);
    }

    @Test
    void passwordGuessesAreLimitedPerAddressOnTheFormAndOnTheEditorsApi() {
        String name = fixtures.editor();
        String guesser = address();
        List<String> landed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Browser browser = from(guesser);
            landed.add(browser.signIn(name, "guess " + i).uri());
        }
        assertEquals(List.of("/login?error=true", "/login?error=true", "/login?error=true", "/login"), landed);

        String scripted = address();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<?> last = null;
        for (int i = 0; i < 4; i++) {
            last = exchange(HttpRequest.GET("/api/editor/me").header("X-Forwarded-For", scripted)
                    .header(HttpHeaders.AUTHORIZATION, basic(name, "guess " + i)));
            statuses.add(last.getStatus().getCode());
        }
        assertTrue(statuses.subList(0, 3).stream().noneMatch(s -> s == 429), "three guesses are checked: " + statuses);
        assertEquals(429, statuses.get(3));
        assertTrue(Long.parseLong(last.getHeaders().get(HttpHeaders.RETRY_AFTER)) > 0);

        assertEquals("/editor", from(address()).signIn(name, Fixtures.EDITOR_PASSWORD).uri(), "the editor signs in from elsewhere");
    }

    @Test
    void aScriptUsesItsTokenFreelyWhileWrongTokensAreLimitedAsGuesses() {
        String name = fixtures.editor();
        String script = address();
        HttpResponse<?> created = exchange(HttpRequest.POST("/api/editor/tokens", Map.of("name", "nightly export"))
                .header("X-Forwarded-For", script).header(HttpHeaders.AUTHORIZATION, basic(name, Fixtures.EDITOR_PASSWORD)));
        assertEquals(HttpStatus.CREATED, created.getStatus());
        String token = (String) created.getBody(Map.class).orElseThrow().get("token");

        List<Integer> withToken = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            withToken.add(exchange(HttpRequest.GET("/api/editor/me").header("X-Forwarded-For", script)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).getStatus().getCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200), withToken,
                "ten requests with a good token, over the three sign-ins an address may try");

        String guesser = address();
        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            guesses.add(exchange(HttpRequest.GET("/api/editor/me").header("X-Forwarded-For", guesser)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer docket_guess" + i)).getStatus().getCode());
        }
        assertEquals(List.of(401, 401, 401, 429, 429), guesses);
        assertEquals(HttpStatus.OK, exchange(HttpRequest.GET("/api/editor/me").header("X-Forwarded-For", script)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).getStatus(), "the script goes on meanwhile");
    }

    @Test
    void whileRedisIsAwayTheLimitsStillAnswerFromEachInstancesMemory() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(8);
        Tag tag = fixtures.tag();
        Browser reviewer = from(address());
        List<Integer> statuses = new ArrayList<>();

        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            admin.sync().clientPause(2500);
            for (int i = 0; i < 8; i++) {
                statuses.add(reviewer.post(reviewUri(member.pages().get(i)), Map.of("tags", List.of(tag.slug()))).getStatus().getCode());
            }
            Thread.sleep(2600);
        } finally {
            client.shutdown();
        }

        assertTrue(statuses.stream().noneMatch(s -> s >= 500), "no server error: " + statuses);
        assertEquals(List.of(201, 201, 201, 201, 201, 201, 429, 429), statuses);
    }

    @Test
    void anEditorSeesWhoIsBeingLimited() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(1);
        String flooder = address();
        for (int i = 0; i < 5; i++) {
            from(flooder).post(reviewUri(member.pages().get(0)), Map.of("skip", true));
        }
        Browser editor = from(address());
        editor.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);

        String page = editor.open("/editor/limits").html();
        String desk = editor.open("/editor").html();

        assertTrue(page.contains("address " + flooder) && page.contains("new reviewers per address"), page);
        assertTrue(desk.contains("href=\"/editor/limits\""), "the desk links to it");
        Browser.Page anonymous = from(address()).open("/editor/limits");
        assertTrue(anonymous.uri().equals("/login") || anonymous.status() == 401, "only editors see it: " + anonymous);
    }

    private static void assertTooManyRequests(HttpResponse<Map> answer, String what) {
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, answer.getStatus());
        assertTrue(Long.parseLong(answer.getHeaders().get(HttpHeaders.RETRY_AFTER)) >= 1, "Retry-After in seconds");
        Map<?, ?> problem = answer.body();
        assertEquals(429, problem.get("status"));
        assertEquals("Too Many Requests", problem.get("title"));
        assertTrue(((String) problem.get("detail")).contains("Please wait"), problem.toString());
        assertTrue(((String) problem.get("detail")).contains(what.equals("reviews") ? "reviews faster" : what), problem.toString());
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Browser from(String address) {
        return new Browser(http).withHeader("X-Forwarded-For", address);
    }

    /** A client address of its own, so that tests do not share buckets. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static String reviewUri(long page) {
        return "/api/pages/" + page + "/reviews";
    }

    private HttpResponse<?> exchange(io.micronaut.http.MutableHttpRequest<?> request) {
        return Browser.answer(http, request);
    }
}
