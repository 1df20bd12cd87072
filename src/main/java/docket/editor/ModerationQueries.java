package docket.editor;

import docket.review.Reviewer;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ModerationQueries extends GenericRepository<Reviewer, Long> {

    /** Reviews, their tags and any discovery of the page go with it (foreign keys cascade). */
    @Query("DELETE FROM page WHERE id = :pageId")
    void deletePage(long pageId);

    @Query("DELETE FROM document WHERE id = :documentId")
    void deleteDocument(long documentId);
}
