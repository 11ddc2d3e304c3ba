-- Challenges after publication: the next deadline and template origin on the challenge, co-sponsoring bodies,
-- amendments, followers, and the search terms of the public catalogue.

ALTER TABLE challenge ADD COLUMN deadline DATETIME(6);
ALTER TABLE challenge ADD COLUMN origin_id BIGINT;
ALTER TABLE challenge ADD COLUMN notice_protocol VARCHAR(20);
CREATE INDEX ix_challenge_deadline ON challenge (status, deadline);
CREATE INDEX ix_challenge_budget ON challenge (status, budget);

CREATE TABLE challenge_cosponsor (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    challenge_id    BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    invited_by      VARCHAR(60)  NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    answered_by     VARCHAR(60),
    answered_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_cosponsor UNIQUE (challenge_id, organisation_id),
    CONSTRAINT fk_cosponsor_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_cosponsor_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_cosponsor_organisation ON challenge_cosponsor (organisation_id, status);

CREATE TABLE challenge_amendment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    challenge_id    BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    phase_number    INT,
    old_close       DATETIME(6),
    new_close       DATETIME(6),
    made_by         VARCHAR(60)   NOT NULL,
    made_at         DATETIME(6)   NOT NULL,
    notice_protocol VARCHAR(20),
    PRIMARY KEY (id),
    CONSTRAINT fk_amendment_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_amendment_challenge ON challenge_amendment (challenge_id, made_at);

CREATE TABLE challenge_follow (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NOT NULL,
    challenge_id BIGINT,
    body_id      BIGINT,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_challenge UNIQUE (account_id, challenge_id),
    CONSTRAINT uq_follow_body UNIQUE (account_id, body_id),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_follow_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_follow_body FOREIGN KEY (body_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_follow_challenge ON challenge_follow (challenge_id);
CREATE INDEX ix_follow_body ON challenge_follow (body_id);

-- One row per distinct word of a challenge's titles, summaries and need (lower case, accents folded): the catalogue
-- finds words and word prefixes through this index the same way on the embedded database and on MySQL.
CREATE TABLE challenge_term (
    term         VARCHAR(40) NOT NULL,
    challenge_id BIGINT      NOT NULL,
    PRIMARY KEY (term, challenge_id),
    CONSTRAINT fk_term_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_term_challenge ON challenge_term (challenge_id);
