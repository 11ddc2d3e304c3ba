-- Open data: every OCDS release published for a contracting process (a published challenge), as published.
CREATE TABLE ocds_release (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    challenge_id BIGINT       NOT NULL,
    ocid         VARCHAR(80)  NOT NULL,
    seq          INT          NOT NULL,
    released_at  DATETIME(6)  NOT NULL,
    tags         VARCHAR(200) NOT NULL,
    digest       CHAR(64)     NOT NULL,
    body         LONGTEXT     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ocds_release_seq UNIQUE (challenge_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ocds_release_date ON ocds_release (released_at);
