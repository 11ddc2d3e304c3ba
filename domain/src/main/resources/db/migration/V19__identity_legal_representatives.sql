-- Identity: the legal representatives of an organisation (operators and public bodies alike), who may sign for it.
-- A person is named by given name and surname apart (as signature certificates name them) and identified by the
-- Italian tax code (16 characters, upper case) or, without one, by an identifier of their own country with that
-- country (ISO 3166 alpha-2). account_id is the organisation's member who is this person, if any. Unique per
-- organisation: a tax code, a foreign identifier, an account (NULLs do not collide on either database).
-- Runs unchanged on H2 (MySQL mode), MariaDB 10.11+ and MySQL 8.

CREATE TABLE legal_representative (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT        NOT NULL,
    given_name       VARCHAR(100)  NOT NULL,
    family_name      VARCHAR(100)  NOT NULL,
    tax_code         CHAR(16),
    foreign_country  CHAR(2),
    foreign_id       VARCHAR(30),
    title            VARCHAR(100)  NOT NULL,
    account_id       BIGINT,
    added_by         BIGINT        NOT NULL,
    added_at         DATETIME(6)   NOT NULL,
    changed_by       BIGINT,
    changed_at       DATETIME(6),
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_lr_tax_code UNIQUE (organisation_id, tax_code),
    CONSTRAINT uq_lr_foreign_id UNIQUE (organisation_id, foreign_country, foreign_id),
    CONSTRAINT uq_lr_account UNIQUE (organisation_id, account_id),
    CONSTRAINT fk_lr_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_lr_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_lr_added_by FOREIGN KEY (added_by) REFERENCES account (id),
    CONSTRAINT fk_lr_changed_by FOREIGN KEY (changed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

