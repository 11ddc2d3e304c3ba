-- Documents: the certification authorities the platform admin trusts besides the platform's own root CA (for
-- signatures made outside Sfide with qualified certificates, e.g. a contract countersigned by an operator), and
-- the CAdES envelope (.p7m) of a document signed that way: the signed artifact of its current version, beside
-- the PDF it encapsulates.
-- Runs unchanged on H2 (MySQL mode), MariaDB 10.11+ and MySQL 8.

CREATE TABLE trust_anchor (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    subject     VARCHAR(1000) NOT NULL,
    issuer      VARCHAR(1000) NOT NULL,
    serial      VARCHAR(100)  NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    not_before  DATETIME(6)   NOT NULL,
    not_after   DATETIME(6)   NOT NULL,
    der         BLOB          NOT NULL,
    added_by    VARCHAR(100)  NOT NULL,
    added_at    DATETIME(6)   NOT NULL,
    note        VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_trust_anchor_sha256 UNIQUE (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE issued_document ADD COLUMN p7m LONGBLOB;
ALTER TABLE issued_document ADD COLUMN p7m_sha256 CHAR(64);

CREATE INDEX ix_issued_document_p7m_sha256 ON issued_document (p7m_sha256);
