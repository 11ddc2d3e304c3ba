-- Documents: the registry of every issued PDF (protocol number, SHA-256 of the final bytes, type, record,
-- signers, issue time, who may read it) with its bytes, and the protocol number sequence.

CREATE TABLE issued_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    protocol        VARCHAR(20)   NOT NULL,
    type            VARCHAR(60)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    record_type     VARCHAR(40)   NOT NULL,
    record_id       VARCHAR(40)   NOT NULL,
    organisation_id BIGINT,
    visibility      VARCHAR(12)   NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    signers         VARCHAR(1000) NOT NULL,
    language        VARCHAR(5)    NOT NULL,
    issued_at       DATETIME(6)   NOT NULL,
    content         LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_issued_document_protocol UNIQUE (protocol)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_issued_document_record ON issued_document (record_type, record_id);
CREATE INDEX ix_issued_document_sha256 ON issued_document (sha256);

CREATE TABLE protocol_sequence (
    id        INT    NOT NULL,
    seq_year  INT    NOT NULL,
    last_used BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO protocol_sequence (id, seq_year, last_used) VALUES (1, 2026, 0);
