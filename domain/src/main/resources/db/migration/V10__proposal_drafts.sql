-- Proposals, first step: the draft record of a lead organisation for a phase of a challenge.

CREATE TABLE proposal (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id         BIGINT      NOT NULL,
    phase_number         INT         NOT NULL,
    lead_organisation_id BIGINT      NOT NULL,
    created_by           BIGINT      NOT NULL,
    created_at           DATETIME(6) NOT NULL,
    updated_at           DATETIME(6) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    version              BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_proposal_lead UNIQUE (challenge_id, phase_number, lead_organisation_id),
    CONSTRAINT fk_proposal_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_proposal_organisation FOREIGN KEY (lead_organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_proposal_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_proposal_organisation ON proposal (lead_organisation_id, updated_at);
