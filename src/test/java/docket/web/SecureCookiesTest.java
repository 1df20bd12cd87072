package docket.web;

import docket.Browser;
import docket.Fixtures;
import docket.assignment.Assignment;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behind a TLS proxy ({@code DOCKET_SECURE_COOKIES=true}) no cookie Docket sets may travel over plain HTTP. */
@MicronautTest(transactional = false)
@Property(name = "docket.secure-cookies", value = "true")
class SecureCookiesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void theCopiesAgreeWithTheTruthAfterEachScenario() throws InterruptedException {
        fixtures.assertNoDriftInWhatWasMade();
    }

    @Test
    void everyCookieOfAReviewerAndAnEditorIsSecure() throws Exception {
        Assignment assignment = fixtures.assignment(1, fixtures.memberWithPages(2));
        Browser browser = new Browser(http);

        browser.open("/assignments/" + assignment.slug() + "/review");
        browser.signIn(fixtures.editor(), Fixtures.EDITOR_PASSWORD);
        browser.submit("/logout", "");

        List<String> names = browser.cookiesSet().stream().map(set -> set.substring(0, set.indexOf('='))).distinct().toList();
        assertTrue(names.containsAll(List.of("docket_assignment", "docket_visitor", "JWT")), names.toString());
        assertEquals(List.of(), browser.cookiesSet().stream().filter(set -> !set.contains("; Secure")).toList(),
                "cookies without Secure");
    }
}
