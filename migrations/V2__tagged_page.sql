-- A denormalisation of review_tag (dictionary family "tagged"): one row per tag and page that at
-- least one reviewer who is not banned gave that tag, with how many did and when the first did,
-- and the page's member and party. The tag and combination lists read it: most tagged first, or in
-- order of first tagging, each a keyset range on one of these indexes, for a tag alone or with a
-- party or a member. It is written in the same transaction as the review, recounted for a
-- reviewer's pages on ban and unban, and rebuilt and verified by tools/rebuild and tools/verify.
-- A member never changes party (the import refuses it), so member_id and party_id stay true; a
-- deleted page takes its rows with it.
CREATE TABLE tagged_page (
    tag_id          BIGINT      NOT NULL,
    page_id         BIGINT      NOT NULL,
    member_id       BIGINT      NOT NULL,
    party_id        BIGINT      NULL,
    reviews         INT         NOT NULL,
    first_tagged_at DATETIME(6) NOT NULL,
    PRIMARY KEY (tag_id, page_id),
    CONSTRAINT tagged_page_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
    CONSTRAINT tagged_page_page FOREIGN KEY (page_id) REFERENCES page (id) ON DELETE CASCADE,
    INDEX tagged_page_in_order (tag_id, first_tagged_at, page_id),
    INDEX tagged_page_most_tagged (tag_id, reviews, page_id),
    INDEX tagged_page_party_in_order (tag_id, party_id, first_tagged_at, page_id),
    INDEX tagged_page_party_most_tagged (tag_id, party_id, reviews, page_id),
    INDEX tagged_page_member_in_order (tag_id, member_id, first_tagged_at, page_id),
    INDEX tagged_page_member_most_tagged (tag_id, member_id, reviews, page_id),
    INDEX tagged_page_by_page (page_id)
) ENGINE = InnoDB;

-- The reviewer + tag lists start from the reviewer's reviews.
CREATE INDEX review_by_reviewer_time ON review (reviewer_id, created_at);

INSERT INTO tagged_page (tag_id, page_id, member_id, party_id, reviews, first_tagged_at)
SELECT rt.tag_id, rt.page_id, d.member_id, m.party_id, COUNT(*), MIN(rt.created_at)
FROM review_tag rt JOIN review r ON r.id = rt.review_id JOIN reviewer w ON w.id = r.reviewer_id
JOIN page pg ON pg.id = rt.page_id JOIN document d ON d.id = pg.document_id JOIN member m ON m.id = d.member_id
WHERE w.banned_at IS NULL
GROUP BY rt.tag_id, rt.page_id, d.member_id, m.party_id;
