-- Identity: password recovery by e-mail. A reset link's secret is stored as its SHA-256 only; a link is used once,
-- expires, and a newer one supersedes the older (spent_at). account.credentials_version counts the password
-- resets: a page session remembers the version it was opened with and ends when the version moves on.
-- Runs unchanged on H2 (MySQL mode), MariaDB 10.11+ and MySQL 8.

ALTER TABLE account ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

CREATE TABLE password_reset (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    spent_at    DATETIME(6),
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);

-- The optional second factor (TOTP, RFC 6238): the secret encrypted under the master key (AES-256-GCM, never in
-- clear), whether the enrolment was confirmed, and the last time step used (a code is accepted once). Recovery codes
-- are stored as SHA-256 and used once.
ALTER TABLE account ADD COLUMN totp_secret VARBINARY(64);
ALTER TABLE account ADD COLUMN totp_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6),
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
