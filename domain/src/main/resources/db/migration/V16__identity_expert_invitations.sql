-- Identity: external experts invited by e-mail by a buying body's officer, to sit on an evaluation committee. The
-- link's secret is stored as its SHA-256 only; an invitation is accepted once, before it expires, either by
-- registering a new evaluator account or by a person already signed in with the invited address (account_id).
-- context is free text shown in the e-mail and on the page (e.g. the challenge's title).
-- Runs unchanged on H2 (MySQL mode), MariaDB 10.11+ and MySQL 8.

CREATE TABLE expert_invitation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    email               VARCHAR(254)  NOT NULL,
    full_name           VARCHAR(200)  NOT NULL,
    token_hash          CHAR(64)      NOT NULL,
    invited_by_account  BIGINT        NOT NULL,
    invited_by          VARCHAR(60)   NOT NULL,
    body_id             BIGINT        NOT NULL,
    context             VARCHAR(500),
    locale              VARCHAR(5)    NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    expires_at          DATETIME(6)   NOT NULL,
    accepted_at         DATETIME(6),
    account_id          BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_expert_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_expert_invitation_inviter FOREIGN KEY (invited_by_account) REFERENCES account (id),
    CONSTRAINT fk_expert_invitation_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_expert_invitation_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_expert_invitation_body ON expert_invitation (body_id, created_at);
