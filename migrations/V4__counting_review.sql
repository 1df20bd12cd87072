-- "A review that counts", written once: every query that means it reads these views instead of
-- repeating the condition. A banned reviewer's reviews stand for nothing (tallies, tag lists,
-- queues, discoveries); of the reviews that stand, a skip does not count towards a page being
-- done or towards a leaderboard.
-- Both views are plain joins, so MySQL and MariaDB merge them into the query that reads them and
-- the plan is the one the written-out condition had: the per-click count still reads one range of
-- review_by_page (MigrationsTest checks the plan). SQL SECURITY INVOKER: a view runs with the
-- reader's rights, so it keeps working whichever account ran the migration.

CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW standing_review AS
SELECT r.id, r.page_id, r.reviewer_id, r.assignment_id, r.interesting, r.skipped, r.created_at
FROM review r JOIN reviewer w ON w.id = r.reviewer_id
WHERE w.banned_at IS NULL;

CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW counting_review AS
SELECT s.id, s.page_id, s.reviewer_id, s.assignment_id, s.interesting, s.created_at
FROM standing_review s
WHERE s.skipped = FALSE;
