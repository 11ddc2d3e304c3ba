-- Audit: the tamper-evident chain of every act, and its head (one row, locked while appending).

CREATE TABLE audit_record (
    seq             BIGINT       NOT NULL,
    recorded_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(60)  NOT NULL,
    organisation_id BIGINT,
    action          VARCHAR(80)  NOT NULL,
    target_type     VARCHAR(40),
    target_id       VARCHAR(40),
    outcome         VARCHAR(10)  NOT NULL,
    details         VARCHAR(500),
    previous_hash   CHAR(64)     NOT NULL,
    hash            CHAR(64)     NOT NULL,
    PRIMARY KEY (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_audit_record_at ON audit_record (recorded_at);
CREATE INDEX ix_audit_record_actor ON audit_record (actor, recorded_at);

CREATE TABLE audit_head (
    id   INT      NOT NULL,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
