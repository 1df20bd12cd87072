-- "A page is in an assignment's scope", written once: its document, its member or its member's party
-- is in the assignment's scope. A plain join with EXISTS, no UNION, so MySQL and MariaDB merge it into
-- the query that reads it: filtered by a page, a document or a reviewer's reviews it reads a handful
-- of rows per assignment; filtered by an assignment it reads the pages once.
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW assignment_page AS
SELECT a.id AS assignment_id, a.threshold, pg.id AS page_id, pg.document_id
FROM assignment a JOIN page pg JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
WHERE EXISTS (SELECT 1 FROM assignment_document x WHERE x.assignment_id = a.id AND x.document_id = d.id)
   OR EXISTS (SELECT 1 FROM assignment_member x WHERE x.assignment_id = a.id AND x.member_id = m.id)
   OR EXISTS (SELECT 1 FROM assignment_party x WHERE x.assignment_id = a.id AND x.party_id = m.party_id);

-- A denormalisation (dictionary family "fallback"): the open pages of each assignment — in scope,
-- fewer reviews that count than the threshold — for the next button while Redis is away. Each row
-- has a fixed pseudo-random slot (CRC32 of the page id): the button picks a random slot and reads a
-- handful of rows forward on assignment_open_by_slot, O(log n) whatever the assignment's size, never
-- a scan. Written in the same transaction as reviews, bans, imports and scope changes; a deleted
-- page or assignment takes its rows with it; rebuilt and verified by tools/rebuild and tools/verify.
CREATE TABLE assignment_open (
    assignment_id BIGINT       NOT NULL,
    page_id       BIGINT       NOT NULL,
    slot          INT UNSIGNED NOT NULL,
    PRIMARY KEY (assignment_id, page_id),
    INDEX assignment_open_by_slot (assignment_id, slot, page_id),
    INDEX assignment_open_by_page (page_id),
    CONSTRAINT assignment_open_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT assignment_open_page FOREIGN KEY (page_id) REFERENCES page (id) ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO assignment_open (assignment_id, page_id, slot)
SELECT s.assignment_id, s.page_id, CRC32(s.page_id) FROM assignment_page s
WHERE (SELECT COUNT(*) FROM counting_review c WHERE c.page_id = s.page_id) < s.threshold;

-- Healing after a crash reads the pages imported since the watermark (see Watermark).
CREATE INDEX page_by_time ON page (created_at);
