package docket.e2e;

import docket.Fixtures;
import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;
import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.tag.Tag;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's journey in a real headless Chromium on a phone-sized screen (skipped without
 * Chromium, see {@link Chromium}).
 */
@MicronautTest(transactional = false)
class ReviewerJourneyTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void theCopiesAgreeWithTheTruthAfterEachScenario() throws InterruptedException {
        fixtures.assertNoDriftInWhatWasMade();
    }

    @Inject
    AssignmentRepository assignments;

    WebDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
        browser = Chromium.start(Chromium.PHONE);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homeStartReviewingTagThreePagesProgressMovesThenDone() throws Exception {
        Fixtures.Member member = fixtures.memberWithPages(3);
        Assignment assignment = fixtures.assignment(1, member);
        assignments.update(new Assignment(assignment.id(), assignment.slug(), assignment.title(), assignment.description(),
                1, AssignmentState.OPEN, Featuring.ALTERNATIVE, 0));
        Tag tag = fixtures.tag();

        browser.get(url("/"));
        browser.findElement(By.id("start-" + assignment.slug())).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        Set<String> pages = new HashSet<>();
        for (int done = 0; done < 3; done++) {
            String expected = String.valueOf(done);
            wait.until(d -> expected.equals(d.findElement(By.cssSelector(".review progress")).getAttribute("value")));
            wait.until(d -> Integer.parseInt(d.findElement(By.cssSelector(".scan img")).getDomProperty("naturalWidth")) > 0);
            WebElement form = browser.findElement(By.cssSelector("form.verdict"));
            assertTrue(pages.add(form.getAttribute("action")), "a page came twice");
            form.findElement(By.cssSelector("input[name=tags][value='" + tag.slug() + "']")).click();
            form.findElement(By.cssSelector("button.button")).click();
            wait.until(ExpectedConditions.stalenessOf(form));
        }

        wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("Done"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Done"), browser.getPageSource());
        assertTrue(browser.getPageSource().contains("Try these assignments") || browser.getPageSource().contains("no other open assignments"));
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
