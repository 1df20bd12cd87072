package docket.e2e;

import docket.Fixtures;
import docket.assignment.AssignmentRepository;
import docket.catalog.CatalogQueries;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's acceptance walk in real headless Chromium: an editor at a desktop screen sets up a tag and a
 * featured assignment, a reviewer on a phone reviews and flags, and the editor's discovery, deletion and audit
 * trail show on the public pages with Redis still agreeing with MySQL. Skipped without chromium and
 * chromium-driver (see {@link Chromium}).
 */
@MicronautTest(transactional = false)
class EditorJourneyTest {

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

    @Inject
    CatalogQueries catalog;

    WebDriver editor;
    WebDriver reviewer;

    @BeforeEach
    void startChromium() throws Exception {
        editor = Chromium.start(Chromium.DESKTOP);
        reviewer = Chromium.start(Chromium.PHONE);
    }

    @AfterEach
    void stopChromium() {
        for (WebDriver browser : new WebDriver[] {editor, reviewer}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void tagAssignmentReviewsDiscoveryAndDeletionShowPubliclyAndInTheAuditLog() throws Exception {
        Fixtures.Member picked = fixtures.memberWithPages(2);
        Fixtures.Member typed = fixtures.memberWithPages(2);
        String editorName = fixtures.editor();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tagSlug = "journey-" + run;
        String tagName = "Journey tag " + run;
        String slug = "journey-" + run;
        String title = "Journey assignment " + run;

        // Sign in.
        editor.get(url("/login"));
        WebElement login = editor.findElement(By.cssSelector("form[action='/login']"));
        fill(login, "username", editorName);
        fill(login, "password", Fixtures.EDITOR_PASSWORD);
        login.findElement(By.cssSelector("button[type=submit]")).click();
        wait(editor).until(ExpectedConditions.urlToBe(url("/editor")));
        assertEquals("Editor desk", heading(editor), "signing in lands on the desk");

        // A tag.
        WebElement newTag = editor.findElement(By.cssSelector("form[action='/editor/tags']"));
        fill(newTag, "slug", tagSlug);
        fill(newTag, "name", tagName);
        fill(newTag, "description", "Something the journey looks for.");
        submitOnDesk(newTag);
        assertFalse(editor.findElements(By.cssSelector("form[action='/editor/tags/" + tagSlug + "']")).isEmpty(),
                "the desk lists the new tag");

        // An assignment over two members, one of them found with the scope picker.
        WebElement newAssignment = editor.findElement(By.cssSelector("form[action='/editor/assignments']"));
        fill(newAssignment, "slug", slug);
        fill(newAssignment, "title", title);
        fill(newAssignment, "description", "Two members, read once.");
        fill(newAssignment, "threshold", "1");
        fill(newAssignment, "members", typed.slug());
        String partOfName = picked.name().substring(picked.name().length() - 12);
        newAssignment.findElement(By.cssSelector("input[data-scope-search]")).sendKeys(partOfName);
        WebElement found = wait(editor).until(d -> newAssignment.findElements(By.cssSelector("[data-scope-results] button"))
                .stream().filter(b -> b.getText().startsWith("+ member: " + picked.name())).findFirst().orElse(null));
        found.click();
        String members = newAssignment.findElement(By.name("members")).getDomProperty("value");
        assertTrue(members.contains(picked.slug()) && members.contains(typed.slug()),
                "the picker adds the member to the typed one: " + members);
        submitOnDesk(newAssignment);

        // Open and featured as the main one.
        WebElement row = editor.findElement(By.cssSelector("form[action='/editor/assignments/" + slug + "']"));
        new Select(row.findElement(By.name("state"))).selectByValue("open");
        new Select(row.findElement(By.name("featured"))).selectByValue("main");
        submitOnDesk(row);

        // The reviewer finds it on the home page, sees the new tag offered and reviews three pages, flagging the first.
        reviewer.get(url("/"));
        WebElement main = reviewer.findElement(By.cssSelector("article.assignment.main"));
        assertEquals(title, main.findElement(By.tagName("h2")).getText(), "the featured main assignment");
        assertTrue(text(reviewer, "section.tags").contains(tagName), "the home page explains the new tag");
        main.findElement(By.id("start-" + slug)).click();
        long flagged = reviewShownPage(0, tagSlug, true);
        reviewShownPage(1, tagSlug, false);
        reviewShownPage(2, tagSlug, false);
        wait(reviewer).until(d -> "3".equals(d.findElement(By.cssSelector(".review progress")).getDomProperty("value")));
        String finder = fixtures.newestAnonymousReviewer();

        // The editor finds the flagged page in the queue and promotes it, credited to whoever flagged it.
        editor.get(url("/editor/queues"));
        assertTrue(text(editor, "main").contains("Page " + flagged + ": 1 flag"), "the investigate queue lists the flagged page");
        editor.get(url("/editor"));
        String headline = "A journey discovery " + run;
        WebElement promote = editor.findElement(By.cssSelector("form[action='/editor/discoveries']"));
        fill(promote, "page", String.valueOf(flagged));
        fill(promote, "headline", headline);
        fill(promote, "note", "Flagged by a reviewer in the editor journey.");
        submitOnDesk(promote);
        WebElement listed = editor.findElement(By.xpath("//section[@id='discoveries']//form[a='" + headline + "']"));
        assertTrue(listed.getText().contains(finder), "the desk lists the discovery with its credit: " + listed.getText());
        long discovery = idAtEndOf(listed.getDomAttribute("action"));

        reviewer.get(url("/"));
        String discoveries = text(reviewer, "section.discoveries");
        assertTrue(discoveries.contains(headline) && discoveries.contains("found by " + finder),
                "the home page shows the discovery credited to " + finder + ": " + discoveries);

        // A duplicate document turns up in the assignment's scope and the editor deletes it.
        long duplicatePage = fixtures.morePages(picked, 1).pages().stream()
                .filter(p -> !picked.pages().contains(p)).findFirst().orElseThrow();
        long duplicate = catalog.page(duplicatePage).orElseThrow().documentId();
        reviewer.get(url("/documents/" + duplicate));
        assertNotEquals("Not Found", heading(reviewer), "the duplicate is public before it is deleted");
        WebElement delete = editor.findElement(By.cssSelector("#moderation form:has(input[name=document])"));
        fill(delete, "document", String.valueOf(duplicate));
        submitOnDesk(delete);

        reviewer.get(url("/documents/" + duplicate));
        assertEquals("Not Found", heading(reviewer), "the deleted document's page");
        assertTrue(text(reviewer, "main").contains("No document " + duplicate + " here"), text(reviewer, "main"));
        reviewer.get(url("/"));
        assertTrue(text(reviewer, "article.assignment.main").contains("3 of 4 pages done"),
                "progress counts neither the deleted page nor loses the reviewed ones: " + text(reviewer, "article.assignment.main"));

        // The audit log has it all.
        editor.get(url("/editor/audit"));
        List<String> audited = editor.findElements(By.cssSelector("tbody tr")).stream()
                .map(line -> line.findElements(By.tagName("td")))
                .filter(cells -> cells.get(1).getText().equals(editorName))
                .map(cells -> cells.get(2).getText() + " " + cells.get(3).getText())
                .toList();
        for (String expected : List.of("tag.create tag " + tagSlug, "assignment.create assignment " + slug,
                "assignment.update assignment " + slug, "discovery.create discovery " + discovery,
                "document.delete document " + duplicate)) {
            assertTrue(audited.contains(expected), "the audit log lists " + expected + ": " + audited);
        }

        fixtures.assertNoDrift(assignments.findBySlug(slug).orElseThrow());
    }

    /** Ticks the tag on the page the reviewer sees, after {@code done} reviews, flags it if asked, sends it; returns its id. */
    private long reviewShownPage(int done, String tag, boolean flag) {
        wait(reviewer).until(d -> String.valueOf(done).equals(d.findElement(By.cssSelector(".review progress")).getDomProperty("value")));
        WebElement verdict = reviewer.findElement(By.cssSelector("form.verdict"));
        List<WebElement> offered = verdict.findElements(By.cssSelector("input[name=tags][value='" + tag + "']"));
        assertEquals(1, offered.size(), "the review screen offers the new tag");
        offered.get(0).click();
        if (flag) {
            verdict.findElement(By.cssSelector("input[name=interesting]")).click();
        }
        long page = idAtEndOf(verdict.getDomAttribute("action"));
        verdict.findElement(By.cssSelector("button.button")).click();
        wait(reviewer).until(ExpectedConditions.stalenessOf(verdict));
        return page;
    }

    private static void fill(WebElement form, String name, String value) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Sends a desk form and fails with what the browser shows unless it comes back to the desk. */
    private void submitOnDesk(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(editor).until(ExpectedConditions.stalenessOf(form));
        assertEquals("Editor desk", heading(editor), () -> "the desk took the form: " + text(editor, "main"));
    }

    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String text(WebDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static long idAtEndOf(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
