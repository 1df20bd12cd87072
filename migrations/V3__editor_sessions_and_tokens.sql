-- Editors' sign-ins, checked on every editor request so that they can be ended at once.
-- A session is made by the sign-in form; its id travels as the "sid" claim of the login cookie.
-- Sign-out deletes it, and banning an editor or changing their password deletes all of theirs.
CREATE TABLE editor_session (
    id          CHAR(43)    NOT NULL PRIMARY KEY,
    reviewer_id BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at  DATETIME(6) NOT NULL,
    CONSTRAINT editor_session_reviewer FOREIGN KEY (reviewer_id) REFERENCES reviewer (id) ON DELETE CASCADE,
    INDEX editor_session_by_reviewer (reviewer_id)
) ENGINE = InnoDB;

-- Personal API tokens for editors' scripts, sent as "Authorization: Bearer docket_...". Only the
-- SHA-256 of a token is kept: the token itself is shown once, when it is made.
CREATE TABLE api_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reviewer_id  BIGINT      NOT NULL,
    name         VARCHAR(60) NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_used_at DATETIME(6) NULL,
    CONSTRAINT api_token_hash UNIQUE (token_hash),
    CONSTRAINT api_token_reviewer FOREIGN KEY (reviewer_id) REFERENCES reviewer (id) ON DELETE CASCADE,
    INDEX api_token_by_reviewer (reviewer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per account (form or HTTP Basic), counted in a window that starts at the first
-- failure; at docket.auth.max-failures the account is locked until an editor unlocks it or
-- docket.auth.lockout has passed. A successful sign-in or an unlock deletes the row.
CREATE TABLE sign_in_failure (
    reviewer_id  BIGINT      NOT NULL PRIMARY KEY,
    failures     INT         NOT NULL,
    window_start DATETIME(6) NOT NULL,
    locked_at    DATETIME(6) NULL,
    CONSTRAINT sign_in_failure_reviewer FOREIGN KEY (reviewer_id) REFERENCES reviewer (id) ON DELETE CASCADE,
    INDEX sign_in_failure_locked (locked_at)
) ENGINE = InnoDB;
