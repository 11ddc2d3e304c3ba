-- Issue 15: API tokens get a lifetime (existing tokens expire 30 days after their creation, the default of
-- SFIDE_TOKEN_DAYS); registration attempts are counted per client address and per e-mail address, in the
-- database so that every server of a cluster sees the same counts. Only SHA-256 digests of the addresses are kept.
ALTER TABLE api_token ADD COLUMN expires_at DATETIME(6);
UPDATE api_token SET expires_at = created_at + INTERVAL '30' DAY;
ALTER TABLE api_token MODIFY COLUMN expires_at DATETIME(6) NOT NULL;

CREATE TABLE registration_attempt (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    scope        VARCHAR(10) NOT NULL,
    subject      CHAR(64)    NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_registration_attempt_subject ON registration_attempt (scope, subject, attempted_at);
