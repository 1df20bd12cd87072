package docket.results;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.unbescape.html.HtmlEscape.escapeHtml5;

/**
 * A list as an Atom feed (RFC 4287, written by ROME): the pages that entered it last, so that a feed
 * reader subscribed to "receipts of this member" shows each new page once, when it first gets the tag.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    /** {@code base} is the site's address as the reader sees it, e.g. {@code https://docket.example.org}. */
    static String of(TagList list, List<ListedPage> latest, String base) {
        Feed feed = new Feed("atom_1.0");
        String html = base + "/in-order" + list.path();
        feed.setId(html);
        feed.setTitle(list.title() + " · Docket");
        feed.setUpdated(Date.from(latest.isEmpty() ? Instant.now() : latest.get(0).firstTaggedAt()));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", html)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + "/api" + list.path() + "/pages?format=atom")));
        SyndPerson docket = new SyndPersonImpl();
        docket.setName("Docket");
        feed.setAuthors(List.of(docket));
        feed.setEntries(latest.stream().map(page -> entry(list, page, base)).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused the feed of " + list.path(), e);
        }
    }

    private static Entry entry(TagList list, ListedPage page, String base) {
        String url = base + "/pages/" + page.id();
        Entry entry = new Entry();
        // One id per page and tag: the page is the same entry in every list of that tag.
        entry.setId(url + "#tag-" + list.tagSlug());
        entry.setTitle(page.documentTitle() + ", page " + page.number());
        entry.setUpdated(Date.from(page.firstTaggedAt()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        Content summary = new Content();
        summary.setType("html");
        summary.setValue("<p><img src=\"" + base + page.thumbnailUrl() + "\" alt=\"\" width=\"200\"></p><p>"
                + escapeHtml5(page.memberName() + (page.partyName() == null ? "" : " (" + page.partyName() + ")"))
                + ": tagged " + escapeHtml5(list.tagName()) + " by " + page.count()
                + (page.count() == 1 ? " reviewer" : " reviewers") + ".</p>");
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
