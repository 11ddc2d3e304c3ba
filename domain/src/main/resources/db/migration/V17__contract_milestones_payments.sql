-- Contract stages (issue 17): a contract per awarded proposal, drafted from the award and signed by the buying
-- body's officer and the operator's legal representative; milestones with deliverables, acceptances and payments.
-- Constraint names are prefixed fk_ct_ / uq_ct_ / ix_ct_ (unique across the schema).

CREATE TABLE contract (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    challenge_id            BIGINT         NOT NULL,
    phase_number            INT            NOT NULL,
    award_id                BIGINT         NOT NULL,
    proposal_id             BIGINT         NOT NULL,
    body_id                 BIGINT         NOT NULL,
    operator_id             BIGINT         NOT NULL,
    code                    VARCHAR(24)    NOT NULL,
    object_text             VARCHAR(4000)  NOT NULL,
    awarded_amount          DECIMAL(14,2)  NOT NULL,
    contract_value          DECIMAL(14,2)  NOT NULL,
    starts_on               DATE           NOT NULL,
    ends_on                 DATE           NOT NULL,
    status                  VARCHAR(12)    NOT NULL,
    protocol                VARCHAR(40)    NULL,
    issued_at               DATETIME(6)    NULL,
    buyer_signer_id         BIGINT         NULL,
    buyer_signer_name       VARCHAR(200)   NULL,
    buyer_signed_at         DATETIME(6)    NULL,
    operator_signer_id      BIGINT         NULL,
    operator_signer_name    VARCHAR(200)   NULL,
    operator_signer_tax     VARCHAR(32)    NULL,
    operator_signature      VARCHAR(8)     NULL,
    operator_signed_at      DATETIME(6)    NULL,
    created_by              BIGINT         NOT NULL,
    created_at              DATETIME(6)    NOT NULL,
    updated_at              DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_ct_contract_code UNIQUE (code),
    CONSTRAINT uq_ct_contract_proposal UNIQUE (proposal_id, phase_number),
    CONSTRAINT fk_ct_contract_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_ct_contract_award FOREIGN KEY (award_id) REFERENCES evaluation_award (id),
    CONSTRAINT fk_ct_contract_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_ct_contract_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_ct_contract_operator FOREIGN KEY (operator_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ct_contract_operator ON contract (operator_id);
CREATE INDEX ix_ct_contract_body ON contract (body_id);

CREATE TABLE contract_milestone (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id         BIGINT         NOT NULL,
    number              INT            NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(2000)  NULL,
    due_on              DATE           NOT NULL,
    amount              DECIMAL(14,2)  NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    submitted_at        DATETIME(6)    NULL,
    decided_at          DATETIME(6)    NULL,
    decided_by          BIGINT         NULL,
    rejection_reason    VARCHAR(4000)  NULL,
    acceptance_protocol VARCHAR(40)    NULL,
    reminded_before     BOOLEAN        NOT NULL DEFAULT FALSE,
    reminded_after      BOOLEAN        NOT NULL DEFAULT FALSE,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_ct_milestone_number UNIQUE (contract_id, number),
    CONSTRAINT fk_ct_milestone_contract FOREIGN KEY (contract_id) REFERENCES contract (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_ct_milestone_due ON contract_milestone (status, due_on);

CREATE TABLE contract_deliverable (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    milestone_id  BIGINT         NOT NULL,
    round         INT            NOT NULL,
    report        VARCHAR(8000)  NOT NULL,
    submitted_by  BIGINT         NOT NULL,
    submitted_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ct_deliverable_round UNIQUE (milestone_id, round),
    CONSTRAINT fk_ct_deliverable_milestone FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contract_deliverable_file (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    deliverable_id  BIGINT         NOT NULL,
    name            VARCHAR(255)   NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    content         LONGBLOB       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ct_file_deliverable FOREIGN KEY (deliverable_id) REFERENCES contract_deliverable (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contract_payment (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    contract_id   BIGINT         NOT NULL,
    milestone_id  BIGINT         NOT NULL,
    amount        DECIMAL(14,2)  NOT NULL,
    paid_on       DATE           NOT NULL,
    reference     VARCHAR(100)   NOT NULL,
    recorded_by   BIGINT         NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ct_payment_contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    CONSTRAINT fk_ct_payment_milestone FOREIGN KEY (milestone_id) REFERENCES contract_milestone (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
