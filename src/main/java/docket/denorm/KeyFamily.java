package docket.denorm;

import docket.events.AssignmentChanged;
import docket.events.PagesDeleted;
import docket.events.PagesImported;
import docket.events.ReviewRecorded;
import docket.events.ReviewerBanned;

import java.util.List;

/**
 * One family of the denormalisation dictionary: Redis keys, or a table inside MySQL that copies other
 * tables for speed. {@code events} are the events of {@code docket.events} that write it (the listeners
 * of {@link Copies} follow them, and a test checks that each event changes these families and no
 * other); {@code writers} says how, and what else writes it. The README's dictionary section is
 * generated from {@link #ALL}, and a test fails when they disagree.
 */
public record KeyFamily(String name, String pattern, String type, String meaning, String truth, List<Class<?>> events,
                        String writers, String rebuild, String heals, String verify) {

    private static final String HEALS_SETS = "an instance killed after a commit: within seconds, the running instances (or it,"
            + " restarted) apply again the reviews and imports it committed between its `watermark` and its last beat; an"
            + " editor's change drops `built` before its commit, so a crash leaves the assignment to be rebuilt on start."
            + " Redis flushed or restarted empty: `built` is missing, and the assignment is rebuilt in the background, one"
            + " at a time, while MySQL answers. Writes missed while Redis was away: every assignment is rebuilt once, one"
            + " at a time, when it answers again";
    private static final String IN_THE_TRUTHS_TRANSACTION = "nothing to heal: written in the same transaction as the truth";
    private static final String EXPIRES = "nothing to heal: it expires";

    public static final KeyFamily PAGES = new KeyFamily("pages", "{a:ID}:pages", "set of page ids",
            "Every page in the assignment's scope (the union of its parties', members' and documents' pages).",
            "the view `assignment_page`: pages whose document, member or party is in the assignment's scope.",
            List.of(PagesImported.class, PagesDeleted.class, AssignmentChanged.class),
            "after the commit: an import adds the new pages (SADD); a deletion or a change of scope rebuilds the assignment; a stale page id seen by the next button is removed",
            "replaced from MySQL under a scratch key, then renamed over the live key", HEALS_SETS,
            "members compared with the MySQL query");
    public static final KeyFamily DONE = new KeyFamily("done", "{a:ID}:done", "set of page ids",
            "Pages of the assignment that have at least `threshold` reviews that count: not skips, not by banned reviewers.",
            "`ScopeQueries.donePages`: `counting_review` grouped by page, `HAVING COUNT(*) >= threshold`.",
            List.of(ReviewRecorded.class, ReviewerBanned.class, PagesDeleted.class, AssignmentChanged.class),
            "after the commit: a review that brings a page to the threshold (SADD); a ban, an unban, a deletion or a change of scope rebuilds the assignments touched; a stale page id is removed",
            "replaced from MySQL under a scratch key, then renamed; reviews recorded meanwhile are applied again", HEALS_SETS,
            "members compared with the MySQL query");
    public static final KeyFamily OPEN = new KeyFamily("open", "{a:ID}:open", "set of page ids",
            "Pages still needing reviews: pages minus done. The next button samples it with SRANDMEMBER.",
            "pages in scope minus done pages (the two queries above).",
            List.of(ReviewRecorded.class, ReviewerBanned.class, PagesImported.class, PagesDeleted.class, AssignmentChanged.class),
            "after the commit: an import (SADD); a review that brings a page to the threshold (SREM); a ban, an unban, a deletion or a change of scope rebuilds the assignments touched; a stale page id is removed",
            "replaced from MySQL under a scratch key, then renamed; reviews recorded meanwhile are applied again", HEALS_SETS,
            "members compared with pages minus done from MySQL");
    public static final KeyFamily SEEN = new KeyFamily("seen", "{a:ID}:seen:REVIEWER", "set of page ids",
            "Pages of the assignment the reviewer has reviewed or skipped; the next button never offers them again.",
            "`ScopeQueries.seen`: the reviewer's reviews of pages in scope.",
            List.of(ReviewRecorded.class, PagesDeleted.class, AssignmentChanged.class),
            "after the commit: every review or skip (SADD); a deletion or a change of scope rebuilds the assignments touched",
            "every reviewer's set replaced from MySQL; sets of reviewers with no reviews in scope deleted; reviews recorded meanwhile are applied again",
            HEALS_SETS, "every reviewer's set compared with MySQL, and reviewers missing from Redis counted");
    public static final KeyFamily BUILT = new KeyFamily("built", "{a:ID}:built", "string (build time, ms)",
            "Marks the assignment's sets as complete. Missing after a Redis restart or flush: the next button answers from MySQL and one rebuild starts.",
            "none: it records that the other families were rebuilt.",
            List.of(ReviewerBanned.class, PagesDeleted.class, AssignmentChanged.class),
            "deleted before the commit of an editor's change (a ban, an unban, a deletion, a change of scope) and set again by the rebuild after it",
            "set after the other families", HEALS_SETS, "present or not");
    public static final KeyFamily FALLBACK = new KeyFamily("fallback", "assignment_open", "MySQL table (assignment, page, slot)",
            "Each assignment's open pages inside MySQL, for the next button while Redis is away: a random slot, then a handful of rows read forward on the index `(assignment_id, slot)`, whatever the assignment's size.",
            "the view `assignment_page` less the pages with `threshold` reviews in `counting_review` (the truth of `open`).",
            List.of(ReviewRecorded.class, ReviewerBanned.class, PagesImported.class, PagesDeleted.class, AssignmentChanged.class),
            "in the same transaction: a review that brings a page to the threshold (delete); an import (insert); a ban or an unban recounts the reviewer's pages; a change of scope or threshold recounts the assignment; a deleted page takes its rows (foreign key)",
            "the assignment's rows deleted and counted again in one transaction", IN_THE_TRUTHS_TRANSACTION,
            "rows compared with pages minus done from MySQL");
    public static final KeyFamily TAGGED = new KeyFamily("tagged", "tagged_page", "MySQL table (tag, page, member, party, reviews, first tagged at)",
            "Per tag and page: how many reviewers gave the page that tag, when the first did, and the page's member and party. The tag and combination lists read it: most tagged first, or in order of first tagging, each a keyset range on one of its indexes (by tag, by tag and party, by tag and member).",
            "`TaggedPageQueries.TRUTH`: `review_tag` rows of reviewers who are not banned, grouped by tag and page, with the page's member and party.",
            List.of(ReviewRecorded.class, ReviewerBanned.class, PagesDeleted.class),
            "in the same transaction: a review with tags (insert, or add one and keep the earliest time); a ban or an unban recounts the reviewer's pages; a deleted page takes its rows (foreign key)",
            "emptied and counted again from `review_tag` in one transaction (`tools/rebuild --family tagged`)", IN_THE_TRUTHS_TRANSACTION,
            "rows compared with the truth: a missing or different row counts as missing, a row the truth lacks as extra");

    public static final List<KeyFamily> ALL = List.of(PAGES, DONE, OPEN, SEEN, BUILT,
            new KeyFamily("lease", "{a:ID}:lease:PAGE", "hash (`holder:TOKEN` to expiry, ms; `counted` to reviews that count) with a TTL",
                    "The reviewers holding a page for a short while, so that concurrent reviewers get different pages: a page that needs k more reviews (threshold minus reviews that count) is held by at most k at once, and no page is reviewed beyond its threshold. `counted` is the newest count a review reported, which corrects a count read from MySQL just before that review committed. Each instance also holds every page it hands out in its own memory, by the same rule, which stands while Redis is away and after Redis has lost its leases (flushed, restarted empty).",
                    "none: ephemeral, not a copy of MySQL data (the count is read from MySQL on each lease).",
                    List.of(ReviewRecorded.class),
                    "the next button (one script: prune expired holders, count the others against the reviews needed, HSET, PEXPIRE); after the commit, a review or skip removes its holder and raises `counted`",
                    "nothing to rebuild: it expires by itself (`docket.next.lease`)", EXPIRES, "not verified"),
            new KeyFamily("unseen", "{a:ID}:unseen:REVIEWER", "set of page ids, for the length of one script",
                    "Scratch result of SDIFFSTORE open minus seen, for a reviewer who has seen most of what is open; sampled and deleted by the same script.",
                    "none: open minus seen at that moment.", List.of(),
                    "the next button (SDIFFSTORE, SRANDMEMBER, DEL in one script)",
                    "nothing to rebuild: it never outlives the script", "nothing to heal: it never outlives the script", "not verified"),
            new KeyFamily("leaders", "{lb:BOARD}", "string (JSON: leaders and fresh-until time) with a TTL of a day",
                    "A cached leaderboard, BOARD being `recent` (past 48 hours), `member:ID`, `party:ID` or `assignment:ID`: the top 10 reviewers by reviews that count.",
                    "`LeaderboardQueries`: `counting_review` grouped by reviewer.",
                    List.of(ReviewerBanned.class, PagesDeleted.class, AssignmentChanged.class),
                    "the first view after it is a minute old, by the one request holding `{lb:BOARD}:refresh` (SET NX PX); after the commit, a ban, an unban or a deletion drops every board, a change of scope the assignment's",
                    "nothing to rebuild: a dropped or stale board is recounted on its next view",
                    "nothing to heal: a board is at most a minute old", "not verified: a cache at most a minute old"),
            new KeyFamily("limit", "{limit:LIMIT:SUBJECT}", "string (Bucket4j bucket state) with a TTL",
                    "One sender's token bucket for one abuse limit: LIMIT is `reviews`, `address-reviews`, `new-reviewers`, `leases`, `address-leases` or `sign-ins`; SUBJECT is `address:IP`, `reviewer:ID` or `visitor:TOKEN`.",
                    "none: ephemeral, not a copy of MySQL data.", List.of(),
                    "every limited request (Bucket4j's compare-and-swap script); a review gives a lease token back",
                    "nothing to rebuild: it expires once the bucket has refilled (`docket.limits`); while Redis is away each instance counts in its own memory",
                    EXPIRES, "not verified"),
            new KeyFamily("refused", "{limits}:refused, {limits}:refused:count", "sorted set (SUBJECT|LIMIT by last time, ms) and hash (SUBJECT|LIMIT to count), with a TTL of a day",
                    "Who the limits refused in the past day, for the editors' page `/editor/limits`; at most 1,000 entries.",
                    "none: a log of refusals, not a copy of MySQL data.", List.of(),
                    "every refusal (one script: ZADD, HINCRBY, trim, PEXPIRE)",
                    "nothing to rebuild: entries older than a day are dropped on the next refusal, and the keys expire a day after the last",
                    EXPIRES, "not verified"),
            new KeyFamily("watermark", "{denorm}:watermarks", "hash (instance id to `WATERMARK BEAT`, ms)",
                    "Per running instance of Docket (and tool), its watermark — a time before which every review and import it committed has reached Redis: the oldest review or import still on its way, or now, less a margin for late commits (`docket.denorm.commit-margin`) — and when it last wrote it.",
                    "none: it records how far the Redis families have followed MySQL.",
                    List.of(ReviewRecorded.class, PagesImported.class),
                    "each instance every second; a review or an import holds its instance's watermark back until it has reached Redis (or until every assignment has been rebuilt, when Redis was away)",
                    "nothing to rebuild", "an instance that has not beaten for 3 seconds has stopped: the server instances apply again what it committed between its watermark and its last beat, then drop its entry",
                    "not verified"),
            FALLBACK, TAGGED);

    /** The families rebuilt and verified per assignment, in rebuild order: "built" last, once the others are complete. */
    public static final List<KeyFamily> REBUILT = List.of(PAGES, DONE, OPEN, SEEN, FALLBACK, BUILT);

    /** An assignment's Redis sets, which Redis may lose: rebuilt after an outage, a flush or an editor's change. */
    public static final List<KeyFamily> REDIS_SETS = List.of(PAGES, DONE, OPEN, SEEN, BUILT);

    /** The README's dictionary section, generated from this registry. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| Family | Key | Type | Meaning | MySQL truth | Events | Written by | Rebuild | Heals | Verify |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (KeyFamily f : ALL) {
            String events = f.events().isEmpty() ? "none"
                    : String.join(", ", f.events().stream().map(e -> "`" + e.getSimpleName() + "`").toList());
            out.append("| ").append(String.join(" | ", f.name(), "`" + f.pattern() + "`", f.type(), f.meaning(),
                    f.truth(), events, f.writers(), f.rebuild(), f.heals(), f.verify())).append(" |\n");
        }
        return out.toString();
    }

    /** The families the event writes: what a ban, a deletion or a review changes. */
    public static List<KeyFamily> writtenBy(Class<?> event) {
        return ALL.stream().filter(f -> f.events().contains(event)).toList();
    }
}
