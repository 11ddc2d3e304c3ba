-- Identity: organisations (tenants), accounts, invitations and personal API tokens; the mail outbox.
-- Runs unchanged on H2 (MySQL mode), MariaDB 10.11+ and MySQL 8. Instants are UTC, DATETIME(6).

CREATE TABLE organisation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    country           CHAR(2)      NOT NULL,
    tax_code          VARCHAR(20)  NOT NULL,
    vat_number        VARCHAR(20),
    ipa_code          VARCHAR(20),
    pec               VARCHAR(254),
    region            VARCHAR(30),
    operator_type     VARCHAR(20),
    contact_email     VARCHAR(254) NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    status_reason     VARCHAR(500),
    status_changed_by VARCHAR(60),
    status_changed_at DATETIME(6),
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_tax_code UNIQUE (country, tax_code),
    CONSTRAINT uq_organisation_ipa_code UNIQUE (ipa_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_organisation_status ON organisation (status, created_at);

CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(60)  NOT NULL,
    email                VARCHAR(254) NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(500) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    organisation_id      BIGINT,
    organisation_manager BOOLEAN      NOT NULL DEFAULT FALSE,
    locale               VARCHAR(5)   NOT NULL,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6),
    last_login_at        DATETIME(6),
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      VARCHAR(60)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(12)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE mail_outbox (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       TEXT         NOT NULL,
    status     VARCHAR(10)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    sent_at    DATETIME(6),
    error      VARCHAR(500),
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
