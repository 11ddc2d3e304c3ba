-- Clarifications: operators' questions on a published challenge, the buyer's answers, what is published (never the
-- asker); the cut-off for questions on the challenge.

ALTER TABLE challenge ADD COLUMN clarifications_until DATETIME(6);

CREATE TABLE challenge_clarification (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id          BIGINT      NOT NULL,
    asker_account_id      BIGINT      NOT NULL,
    asker_organisation_id BIGINT,
    question              LONGTEXT    NOT NULL,
    asked_at              DATETIME(6) NOT NULL,
    answer                LONGTEXT,
    answered_by           VARCHAR(60),
    answered_at           DATETIME(6),
    published_question    LONGTEXT,
    published_at          DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_clarification_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_clarification_asker FOREIGN KEY (asker_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_clarification_challenge ON challenge_clarification (challenge_id, published_at);
