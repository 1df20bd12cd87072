package docket.denorm;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * The {@code tagged_page} table (family "tagged"), a copy of {@code review_tag} inside MySQL that the
 * tag and combination lists read: written with each review, recounted for a reviewer's pages when
 * they are banned or unbanned, rebuilt and verified like the Redis families.
 */
@Singleton
public class TaggedPages {

    private final TaggedPageQueries queries;

    TaggedPages(TaggedPageQueries queries) {
        this.queries = queries;
    }

    /**
     * Called in the transaction that records the review, after its tags, so the lists never disagree
     * with it; {@code at} is the review's time.
     */
    void reviewed(long reviewId, Instant at) {
        queries.add(reviewId, at);
    }

    /** After a ban or an unban: the pages the reviewer tagged are counted again without (or with) them. */
    @Transactional
    void recountTaggedBy(long reviewerId) {
        queries.forgetPairsTaggedBy(reviewerId);
        queries.countPairsTaggedBy(reviewerId);
    }

    @Transactional
    public void rebuild() {
        queries.forgetAll();
        queries.countAll();
    }

    public Drift verify() {
        return new Drift(queries.missing(), queries.extra());
    }
}
