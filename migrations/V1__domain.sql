-- Docket's domain. MySQL is the single point of truth; everything in Redis is rebuilt from here.
-- Written for MySQL 8 and MariaDB 10.11+ alike: InnoDB, utf8mb4, DATETIME(6) in UTC.

CREATE TABLE party (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug       VARCHAR(120) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT party_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    party_id   BIGINT       NULL,
    slug       VARCHAR(120) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT member_slug UNIQUE (slug),
    CONSTRAINT member_party FOREIGN KEY (party_id) REFERENCES party (id) ON DELETE SET NULL,
    INDEX member_by_party (party_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- source_hash is the SHA-256 of the imported file (or of a folder's files), so a
-- re-import of the same PDF is recognised before any page is rendered.
CREATE TABLE document (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT       NOT NULL,
    title       VARCHAR(300) NOT NULL,
    source_hash CHAR(64)     NOT NULL,
    source_name VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT document_source UNIQUE (source_hash),
    CONSTRAINT document_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    INDEX document_by_member (member_id, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- content_hash is the SHA-256 of the page image, which is also its content-addressed URL.
CREATE TABLE page (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT      NOT NULL,
    number       INT         NOT NULL,
    content_hash CHAR(64)    NOT NULL,
    image_type   VARCHAR(8)  NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT page_content UNIQUE (content_hash),
    CONSTRAINT page_number UNIQUE (document_id, number),
    CONSTRAINT page_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tag (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    position    INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT tag_slug UNIQUE (slug),
    INDEX tag_by_position (active, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Anonymous reviewers are named anon-N; a claimed reviewer has a password hash.
-- Editors are reviewers with the editor role.
CREATE TABLE reviewer (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(200) NULL,
    role          VARCHAR(16)  NOT NULL DEFAULT 'reviewer',
    banned_at     DATETIME(6)  NULL,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT reviewer_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assignment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(120) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    description  TEXT         NOT NULL,
    threshold    INT          NOT NULL DEFAULT 1,
    state        VARCHAR(8)   NOT NULL DEFAULT 'draft',
    -- 'main' (at most one, enforced by the editor desk), 'alternative' or 'none';
    -- feature_position orders the alternatives on the home page.
    featured         VARCHAR(12) NOT NULL DEFAULT 'none',
    feature_position INT         NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT assignment_slug UNIQUE (slug),
    CONSTRAINT assignment_state CHECK (state IN ('draft', 'open', 'closed')),
    CONSTRAINT assignment_featured CHECK (featured IN ('none', 'main', 'alternative')),
    CONSTRAINT assignment_threshold CHECK (threshold >= 1),
    INDEX assignment_by_feature (featured, feature_position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An assignment's scope is the union of the pages of these parties, members and documents.
CREATE TABLE assignment_party (
    assignment_id BIGINT NOT NULL,
    party_id      BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, party_id),
    CONSTRAINT assignment_party_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT assignment_party_party FOREIGN KEY (party_id) REFERENCES party (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE assignment_member (
    assignment_id BIGINT NOT NULL,
    member_id     BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, member_id),
    CONSTRAINT assignment_member_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT assignment_member_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE assignment_document (
    assignment_id BIGINT NOT NULL,
    document_id   BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, document_id),
    CONSTRAINT assignment_document_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT assignment_document_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One review per reviewer and page: tags, the "investigate this" flag, or a skip.
CREATE TABLE review (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    page_id       BIGINT      NOT NULL,
    reviewer_id   BIGINT      NOT NULL,
    assignment_id BIGINT      NULL,
    interesting   BOOLEAN     NOT NULL DEFAULT FALSE,
    skipped       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT review_once UNIQUE (reviewer_id, page_id),
    CONSTRAINT review_page FOREIGN KEY (page_id) REFERENCES page (id) ON DELETE CASCADE,
    CONSTRAINT review_reviewer FOREIGN KEY (reviewer_id) REFERENCES reviewer (id) ON DELETE CASCADE,
    CONSTRAINT review_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE SET NULL,
    INDEX review_by_page (page_id, skipped),
    INDEX review_by_time (created_at, id),
    INDEX review_by_assignment (assignment_id, id),
    INDEX review_interesting (interesting, page_id)
) ENGINE = InnoDB;

-- page_id and created_at are copied from the review so that tag lists and
-- in-order feeds ("ascending by the time the page first got this tag") are
-- answered from one index without joining every review.
CREATE TABLE review_tag (
    review_id  BIGINT      NOT NULL,
    tag_id     BIGINT      NOT NULL,
    page_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (review_id, tag_id),
    CONSTRAINT review_tag_review FOREIGN KEY (review_id) REFERENCES review (id) ON DELETE CASCADE,
    CONSTRAINT review_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
    CONSTRAINT review_tag_page FOREIGN KEY (page_id) REFERENCES page (id) ON DELETE CASCADE,
    INDEX review_tag_by_tag_page (tag_id, page_id, created_at),
    INDEX review_tag_by_tag_time (tag_id, created_at, page_id)
) ENGINE = InnoDB;

-- A discovery is credited to the reviewer who first flagged the page; the editor may change it.
CREATE TABLE discovery (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    page_id              BIGINT       NOT NULL,
    headline             VARCHAR(200) NOT NULL,
    note                 TEXT         NOT NULL,
    credited_reviewer_id BIGINT       NULL,
    created_by           BIGINT       NULL,
    published            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT discovery_page UNIQUE (page_id),
    CONSTRAINT discovery_page_fk FOREIGN KEY (page_id) REFERENCES page (id) ON DELETE CASCADE,
    CONSTRAINT discovery_credit FOREIGN KEY (credited_reviewer_id) REFERENCES reviewer (id) ON DELETE SET NULL,
    CONSTRAINT discovery_editor FOREIGN KEY (created_by) REFERENCES reviewer (id) ON DELETE SET NULL,
    INDEX discovery_by_time (published, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every editorial action: who, what, when, and the before/after state as JSON text.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_id    BIGINT       NULL,
    action      VARCHAR(60)  NOT NULL,
    target_type VARCHAR(30)  NOT NULL,
    target_id   VARCHAR(120) NOT NULL,
    before_json TEXT         NULL,
    after_json  TEXT         NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT audit_actor FOREIGN KEY (actor_id) REFERENCES reviewer (id) ON DELETE SET NULL,
    INDEX audit_by_time (created_at, id),
    INDEX audit_by_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
