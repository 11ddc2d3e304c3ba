-- Challenges: the buying body's draft and published challenges, their phases and evaluation criteria.

CREATE TABLE challenge (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    ocid                  VARCHAR(60)   NOT NULL,
    buyer_id              BIGINT        NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    type                  VARCHAR(30)   NOT NULL,
    title_it              VARCHAR(200),
    title_en              VARCHAR(200),
    summary_it            VARCHAR(1000),
    summary_en            VARCHAR(1000),
    need                  LONGTEXT,
    expected_outcomes     LONGTEXT,
    budget                DECIMAL(15,2),
    award_value           DECIMAL(15,2),
    trl_min               INT,
    trl_max               INT,
    themes                VARCHAR(500),
    region                VARCHAR(30),
    required_documents    LONGTEXT,
    overall_threshold     INT,
    tie_break             VARCHAR(30),
    blind_review          BOOLEAN       NOT NULL,
    cig                   VARCHAR(10),
    cup                   VARCHAR(15),
    created_by            VARCHAR(60)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    approval_requested_by VARCHAR(60),
    approval_requested_at DATETIME(6),
    approved_by           VARCHAR(60),
    published_at          DATETIME(6),
    status_reason         VARCHAR(1000),
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_challenge_ocid UNIQUE (ocid),
    CONSTRAINT fk_challenge_buyer FOREIGN KEY (buyer_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_challenge_buyer ON challenge (buyer_id, status);
CREATE INDEX ix_challenge_status ON challenge (status, published_at);

CREATE TABLE challenge_phase (
    challenge_id BIGINT        NOT NULL,
    phase_number INT           NOT NULL,
    opens_at     DATETIME(6)   NOT NULL,
    closes_at    DATETIME(6)   NOT NULL,
    budget       DECIMAL(15,2),
    closed_at    DATETIME(6),
    PRIMARY KEY (challenge_id, phase_number),
    CONSTRAINT fk_challenge_phase FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_challenge_phase_open ON challenge_phase (closed_at, closes_at);

CREATE TABLE challenge_criterion (
    challenge_id    BIGINT       NOT NULL,
    criterion_order INT          NOT NULL,
    name_it         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    weight          INT          NOT NULL,
    threshold       INT,
    PRIMARY KEY (challenge_id, criterion_order),
    CONSTRAINT fk_challenge_criterion FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
