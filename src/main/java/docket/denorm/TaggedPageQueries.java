package docket.denorm;

import docket.catalog.Party;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The SQL behind the {@code tagged_page} table: its truth, its incremental writes, its rebuild and its check. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TaggedPageQueries extends GenericRepository<Party, Long> {

    String COLUMNS = "tagged_page (tag_id, page_id, member_id, party_id, reviews, first_tagged_at)";

    String PAGE_OWNER = " JOIN page pg ON pg.id = rt.page_id JOIN document d ON d.id = pg.document_id"
            + " JOIN member m ON m.id = d.member_id";

    /**
     * The truth: per tag and page, the tags given by reviewers who are not banned, when the first was
     * given, and the page's member and party.
     */
    String TRUTH = "SELECT rt.tag_id, rt.page_id, d.member_id, m.party_id, COUNT(*) AS reviews, MIN(rt.created_at) AS first_tagged_at"
            + " FROM review_tag rt JOIN standing_review r ON r.id = rt.review_id" + PAGE_OWNER;

    String BY_PAIR = " GROUP BY rt.tag_id, rt.page_id, d.member_id, m.party_id";

    /** The tag and page pairs a reviewer gave, whether they are banned or not. */
    String PAIRS_TAGGED_BY = " (SELECT DISTINCT x.tag_id, x.page_id FROM review_tag x JOIN review xr ON xr.id = x.review_id"
            + " WHERE xr.reviewer_id = :reviewerId) mine ";

    String SAME_ROW = " ON tp.tag_id = t.tag_id AND tp.page_id = t.page_id AND tp.member_id = t.member_id"
            + " AND tp.party_id <=> t.party_id AND tp.reviews = t.reviews AND tp.first_tagged_at = t.first_tagged_at";

    /**
     * The tags of a review being recorded, all in one statement: concurrent reviews of the same page
     * keep the earliest time.
     */
    @Query("INSERT INTO " + COLUMNS + " SELECT rt.tag_id, rt.page_id, d.member_id, m.party_id, 1, rt.created_at"
            + " FROM review_tag rt" + PAGE_OWNER + " WHERE rt.review_id = :reviewId"
            + " ON DUPLICATE KEY UPDATE reviews = reviews + 1, first_tagged_at = LEAST(first_tagged_at, :taggedAt)")
    void add(long reviewId, Instant taggedAt);

    @Query("DELETE tp FROM tagged_page tp JOIN" + PAIRS_TAGGED_BY + "ON mine.tag_id = tp.tag_id AND mine.page_id = tp.page_id")
    void forgetPairsTaggedBy(long reviewerId);

    // TRUTH for the reviewer's pairs only, joined from them so that only their review_tag rows are read.
    @Query("INSERT INTO " + COLUMNS
            + " SELECT rt.tag_id, rt.page_id, d.member_id, m.party_id, COUNT(*), MIN(rt.created_at) FROM" + PAIRS_TAGGED_BY
            + " JOIN review_tag rt ON rt.tag_id = mine.tag_id AND rt.page_id = mine.page_id"
            + " JOIN standing_review r ON r.id = rt.review_id" + PAGE_OWNER + BY_PAIR)
    void countPairsTaggedBy(long reviewerId);

    @Query("DELETE FROM tagged_page")
    void forgetAll();

    @Query("INSERT INTO " + COLUMNS + " " + TRUTH + BY_PAIR)
    void countAll();

    /** Rows MySQL's truth has that the table lacks or holds otherwise. */
    @Query("SELECT COUNT(*) FROM (" + TRUTH + BY_PAIR + ") t LEFT JOIN tagged_page tp" + SAME_ROW + " WHERE tp.page_id IS NULL")
    long missing();

    /** Rows of the table that the truth does not have as they are. */
    @Query("SELECT COUNT(*) FROM tagged_page tp LEFT JOIN (" + TRUTH + BY_PAIR + ") t" + SAME_ROW + " WHERE t.page_id IS NULL")
    long extra();
}
