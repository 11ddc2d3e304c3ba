-- Personal signatures: who is asked to sign which issued document, and the earlier versions of a document
-- (each signature is an incremental update, so the file a signer received before stays recognisable).

CREATE TABLE signature_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    document_id  BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    role_label   VARCHAR(200) NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    signed_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_signature_request_document FOREIGN KEY (document_id) REFERENCES issued_document (id),
    CONSTRAINT uq_signature_request UNIQUE (document_id, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_signature_request_account ON signature_request (account_id, signed_at);

CREATE TABLE document_version (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    document_id   BIGINT      NOT NULL,
    sha256        CHAR(64)    NOT NULL,
    superseded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_document_version_sha256 ON document_version (sha256);
