package docket.denorm;

import java.util.List;

/**
 * One family of the denormalisation dictionary: Redis keys, or a table inside MySQL that copies
 * other tables for speed. The README's dictionary section is generated from {@link #ALL}, and a
 * test fails when they disagree.
 */
public record KeyFamily(String name, String pattern, String type, String meaning, String truth,
                        String writers, String rebuild, String verify) {

    /** The one family kept in MySQL; the others are Redis keys. */
    public static final KeyFamily TAGGED = new KeyFamily("tagged", "tagged_page", "MySQL table (tag, page, member, party, reviews, first tagged at)",
            "Per tag and page: how many reviewers gave the page that tag, when the first did, and the page's member and party. The tag and combination lists read it: most tagged first, or in order of first tagging, each a keyset range on one of its indexes (by tag, by tag and party, by tag and member).",
            "`TaggedPageQueries.TRUTH`: `review_tag` rows of reviewers who are not banned, grouped by tag and page, with the page's member and party.",
            "a review with tags, in the same transaction (insert, or add one and keep the earliest time); ban and unban recount the reviewer's pages; deleting a page or document deletes its rows (foreign key)",
            "emptied and counted again from `review_tag` in one transaction (`tools/rebuild --family tagged`)",
            "rows compared with the truth: a missing or different row counts as missing, a row the truth lacks as extra");

    public static final List<KeyFamily> ALL = List.of(
            new KeyFamily("pages", "{a:ID}:pages", "set of page ids",
                    "Every page in the assignment's scope (the union of its parties', members' and documents' pages).",
                    "`ScopeQueries.pagesInScope`: pages whose document, member or party is in `assignment_document`, `assignment_member` or `assignment_party`.",
                    "import of pages in scope (SADD); rebuild; a stale page id seen by the next button is removed",
                    "replaced from MySQL under a scratch key, then renamed over the live key",
                    "members compared with the MySQL query"),
            new KeyFamily("done", "{a:ID}:done", "set of page ids",
                    "Pages of the assignment that have at least `threshold` reviews that count: not skips, not by banned reviewers.",
                    "`ScopeQueries.donePages`: reviews grouped by page, `HAVING COUNT(*) >= threshold`.",
                    "a review that brings a page to the threshold (SADD); rebuild; a stale page id is removed",
                    "replaced from MySQL under a scratch key, then renamed; reviews recorded meanwhile are applied again",
                    "members compared with the MySQL query"),
            new KeyFamily("open", "{a:ID}:open", "set of page ids",
                    "Pages still needing reviews: pages minus done. The next button samples it with SRANDMEMBER.",
                    "pages in scope minus done pages (the two queries above).",
                    "import of pages in scope (SADD); a review that brings a page to the threshold (SREM); rebuild; a stale page id is removed",
                    "replaced from MySQL under a scratch key, then renamed; reviews recorded meanwhile are applied again",
                    "members compared with pages minus done from MySQL"),
            new KeyFamily("seen", "{a:ID}:seen:REVIEWER", "set of page ids",
                    "Pages of the assignment the reviewer has reviewed or skipped; the next button never offers them again.",
                    "`ScopeQueries.seen`: the reviewer's reviews of pages in scope.",
                    "every review or skip (SADD); rebuild",
                    "every reviewer's set replaced from MySQL; sets of reviewers with no reviews in scope deleted; reviews recorded meanwhile are applied again",
                    "every reviewer's set compared with MySQL, and reviewers missing from Redis counted"),
            new KeyFamily("built", "{a:ID}:built", "string (build time, ms)",
                    "Marks the assignment's sets as complete. Missing after a Redis restart or flush: the next button answers from MySQL and one rebuild starts.",
                    "none: it records that the other families were rebuilt.",
                    "rebuild, last",
                    "set after the other families",
                    "present or not"),
            new KeyFamily("lease", "{a:ID}:lease:PAGE", "hash (`holder:TOKEN` to expiry, ms; `counted` to reviews that count) with a TTL",
                    "The reviewers holding a page for a short while, so that concurrent reviewers get different pages: a page that needs k more reviews (threshold minus reviews that count) is held by at most k at once, and no page is reviewed beyond its threshold. `counted` is the newest count a review reported, which corrects a count read from MySQL just before that review committed.",
                    "none: ephemeral, not a copy of MySQL data (the count is read from MySQL on each lease).",
                    "the next button (one script: prune expired holders, count the others against the reviews needed, HSET, PEXPIRE); a review or skip removes its holder and raises `counted`",
                    "nothing to rebuild: it expires by itself (`docket.next.lease`)",
                    "not verified"),
            new KeyFamily("unseen", "{a:ID}:unseen:REVIEWER", "set of page ids, for the length of one script",
                    "Scratch result of SDIFFSTORE open minus seen, for a reviewer who has seen most of what is open; sampled and deleted by the same script.",
                    "none: open minus seen at that moment.",
                    "the next button (SDIFFSTORE, SRANDMEMBER, DEL in one script)",
                    "nothing to rebuild: it never outlives the script",
                    "not verified"),
            new KeyFamily("leaders", "{lb:BOARD}", "string (JSON: leaders and fresh-until time) with a TTL of a day",
                    "A cached leaderboard, BOARD being `recent` (past 48 hours), `member:ID`, `party:ID` or `assignment:ID`: the top 10 reviewers by reviews that count.",
                    "`LeaderboardQueries`: reviews that are not skips, by reviewers who are not banned, grouped by reviewer.",
                    "the first view after it is a minute old, by the one request holding `{lb:BOARD}:refresh` (SET NX PX); ban, unban and deletions drop every board, a scope change drops the assignment's",
                    "nothing to rebuild: a dropped or stale board is recounted on its next view",
                    "not verified: a cache at most a minute old"),
            new KeyFamily("limit", "{limit:LIMIT:SUBJECT}", "string (Bucket4j bucket state) with a TTL",
                    "One sender's token bucket for one abuse limit: LIMIT is `reviews`, `address-reviews`, `new-reviewers`, `leases`, `address-leases` or `sign-ins`; SUBJECT is `address:IP`, `reviewer:ID` or `visitor:TOKEN`.",
                    "none: ephemeral, not a copy of MySQL data.",
                    "every limited request (Bucket4j's compare-and-swap script); a review gives a lease token back",
                    "nothing to rebuild: it expires once the bucket has refilled (`docket.limits`); while Redis is away each instance counts in its own memory",
                    "not verified"),
            new KeyFamily("refused", "{limits}:refused, {limits}:refused:count", "sorted set (SUBJECT|LIMIT by last time, ms) and hash (SUBJECT|LIMIT to count), with a TTL of a day",
                    "Who the limits refused in the past day, for the editors' page `/editor/limits`; at most 1,000 entries.",
                    "none: a log of refusals, not a copy of MySQL data.",
                    "every refusal (one script: ZADD, HINCRBY, trim, PEXPIRE)",
                    "nothing to rebuild: entries older than a day are dropped on the next refusal, and the keys expire a day after the last",
                    "not verified"),
            TAGGED);

    /** The families rebuilt from MySQL, in rebuild order: "built" last, once the others are complete. */
    public static final List<KeyFamily> REBUILT = ALL.stream()
            .filter(f -> List.of("pages", "done", "open", "seen", "built").contains(f.name()))
            .toList();

    /** The README's dictionary section, generated from this registry. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| Family | Key | Type | Meaning | MySQL truth | Written by | Rebuild | Verify |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (KeyFamily f : ALL) {
            out.append("| ").append(String.join(" | ", f.name(), "`" + f.pattern() + "`", f.type(), f.meaning(),
                    f.truth(), f.writers(), f.rebuild(), f.verify())).append(" |\n");
        }
        return out.toString();
    }
}
