-- The reuse catalogue (issue 17): the solution of a completed contract described for reuse (the source of its
-- publiccode.yml), its search terms, other public bodies' interest and their adoptions.
-- Constraint names are prefixed fk_ru_ / uq_ru_ / ix_ru_ (unique across the schema). Text columns hold twice their
-- longest text in code points: the embedded database counts UTF-16 units.

CREATE TABLE reuse_entry (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id         BIGINT         NOT NULL,
    challenge_id        BIGINT         NOT NULL,
    body_id             BIGINT         NOT NULL,
    operator_id         BIGINT         NOT NULL,
    region              VARCHAR(30)    NULL,
    themes              VARCHAR(500)   NULL,
    name                VARCHAR(200)   NOT NULL,
    repository_url      VARCHAR(500)   NOT NULL,
    landing_url         VARCHAR(500)   NULL,
    licence             VARCHAR(200)   NOT NULL,
    software_type       VARCHAR(30)    NOT NULL,
    development_status  VARCHAR(20)    NOT NULL,
    categories          VARCHAR(1000)  NOT NULL,
    platforms           VARCHAR(1000)  NOT NULL,
    languages           VARCHAR(1000)  NOT NULL,
    software_version    VARCHAR(100)   NULL,
    release_date        DATE           NOT NULL,
    maintenance_until   DATE           NOT NULL,
    localisation_ready  BOOLEAN        NOT NULL,
    short_it            VARCHAR(300)   NOT NULL,
    long_it             LONGTEXT       NOT NULL,
    features_it         LONGTEXT       NOT NULL,
    short_en            VARCHAR(300)   NOT NULL,
    long_en             LONGTEXT       NOT NULL,
    features_en         LONGTEXT       NOT NULL,
    published_by        BIGINT         NOT NULL,
    published_at        DATETIME(6)    NOT NULL,
    updated_by          BIGINT         NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_ru_entry_contract UNIQUE (contract_id),
    CONSTRAINT fk_ru_entry_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_ru_entry_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_ru_entry_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_ru_entry_operator FOREIGN KEY (operator_id) REFERENCES organisation (id),
    CONSTRAINT fk_ru_entry_publisher FOREIGN KEY (published_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ru_entry_published ON reuse_entry (published_at);
CREATE INDEX ix_ru_entry_body ON reuse_entry (body_id, published_at);
CREATE INDEX ix_ru_entry_licence ON reuse_entry (licence, published_at);
CREATE INDEX ix_ru_entry_region ON reuse_entry (region, published_at);

CREATE TABLE reuse_entry_term (
    term      VARCHAR(40)  NOT NULL,
    entry_id  BIGINT       NOT NULL,
    PRIMARY KEY (term, entry_id),
    CONSTRAINT fk_ru_term_entry FOREIGN KEY (entry_id) REFERENCES reuse_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ru_term_entry ON reuse_entry_term (entry_id);

CREATE TABLE reuse_interest (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    entry_id     BIGINT         NOT NULL,
    body_id      BIGINT         NOT NULL,
    account_id   BIGINT         NOT NULL,
    message      VARCHAR(4000)  NOT NULL,
    declared_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ru_interest_body UNIQUE (entry_id, body_id),
    CONSTRAINT fk_ru_interest_entry FOREIGN KEY (entry_id) REFERENCES reuse_entry (id),
    CONSTRAINT fk_ru_interest_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_ru_interest_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reuse_adoption (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    entry_id      BIGINT         NOT NULL,
    body_id       BIGINT         NOT NULL,
    recorded_by   BIGINT         NOT NULL,
    in_use_since  DATE           NOT NULL,
    where_in_use  VARCHAR(600)   NOT NULL,
    url           VARCHAR(500)   NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ru_adoption_body UNIQUE (entry_id, body_id),
    CONSTRAINT fk_ru_adoption_entry FOREIGN KEY (entry_id) REFERENCES reuse_entry (id),
    CONSTRAINT fk_ru_adoption_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_ru_adoption_account FOREIGN KEY (recorded_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
