package docket.editor;

import docket.review.Reviewer;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Server-side sign-ins: the login cookie is honoured only while its session row exists. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EditorSessionRepository extends GenericRepository<Reviewer, Long> {

    @Query("INSERT INTO editor_session (id, reviewer_id, expires_at) VALUES (:sessionId, :reviewerId, :expiresAt)")
    void open(String sessionId, long reviewerId, Instant expiresAt);

    /** One primary-key lookup per editor request; a banned account's sessions count as ended too. */
    @Query("""
            SELECT EXISTS(SELECT 1 FROM editor_session s JOIN reviewer r ON r.id = s.reviewer_id
                          WHERE s.id = :sessionId AND s.expires_at > :now AND r.banned_at IS NULL)""")
    boolean live(String sessionId, Instant now);

    @Query("DELETE FROM editor_session WHERE id = :sessionId")
    void end(String sessionId);

    /** On ban and on a new password; expired sessions of the account go too. */
    @Query("DELETE FROM editor_session WHERE reviewer_id = :reviewerId")
    void endAll(long reviewerId);

    @Query("DELETE FROM editor_session WHERE reviewer_id = :reviewerId AND expires_at <= :now")
    void endExpired(long reviewerId, Instant now);
}
