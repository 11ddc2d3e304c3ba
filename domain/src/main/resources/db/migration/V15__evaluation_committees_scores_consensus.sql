-- Evaluation: committees of a challenge's phase with their own copy of the criteria and rules, members and their
-- conflict-of-interest declarations, declared expertise, the proposals before the committee (with anonymous codes
-- and the consensus), assignments with individual reports and their history, and members' answers to a consensus.

CREATE TABLE evaluation_committee (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    challenge_id         BIGINT       NOT NULL,
    phase_number         INT          NOT NULL,
    body_id              BIGINT       NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    overall_threshold    INT          NULL,
    tie_break            VARCHAR(24)  NOT NULL,
    blind                BOOLEAN      NOT NULL,
    per_proposal         INT          NOT NULL,
    scale_max            DECIMAL(4,1) NOT NULL,
    scale_step           DECIMAL(4,1) NOT NULL,
    min_comment          INT          NOT NULL,
    tolerance            DECIMAL(4,1) NOT NULL,
    appeal_days          INT          NOT NULL,
    appointed_by         BIGINT       NOT NULL,
    appointed_at         DATETIME(6)  NOT NULL,
    appointment_protocol VARCHAR(40)  NULL,
    assigned_at          DATETIME(6)  NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_committee_phase UNIQUE (challenge_id, phase_number),
    CONSTRAINT fk_committee_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_committee_body FOREIGN KEY (body_id) REFERENCES organisation (id),
    CONSTRAINT fk_committee_appointer FOREIGN KEY (appointed_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_criterion (
    committee_id BIGINT       NOT NULL,
    criterion_no INT          NOT NULL,
    name_it      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    weight       INT          NOT NULL,
    threshold    INT          NULL,
    PRIMARY KEY (committee_id, criterion_no),
    CONSTRAINT fk_criterion_committee FOREIGN KEY (committee_id) REFERENCES evaluation_committee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_member (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    committee_id         BIGINT        NOT NULL,
    account_id           BIGINT        NULL,
    invitation_id        BIGINT        NULL,
    display_name         VARCHAR(200)  NOT NULL,
    chair                BOOLEAN       NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    declaration_protocol VARCHAR(40)   NULL,
    declared_at          DATETIME(6)   NULL,
    recused_at           DATETIME(6)   NULL,
    recusal_reason       VARCHAR(2000) NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_account UNIQUE (committee_id, account_id),
    CONSTRAINT fk_member_committee FOREIGN KEY (committee_id) REFERENCES evaluation_committee (id),
    CONSTRAINT fk_ev_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_member_account ON evaluation_member (account_id);
CREATE INDEX ix_member_invitation ON evaluation_member (invitation_id);

CREATE TABLE evaluation_candidate (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    committee_id         BIGINT       NOT NULL,
    proposal_id          BIGINT       NOT NULL,
    code                 VARCHAR(12)  NOT NULL,
    lead_organisation_id BIGINT       NOT NULL,
    receipt_protocol     VARCHAR(40)  NULL,
    submitted_at         DATETIME(6)  NOT NULL,
    consensus_status     VARCHAR(12)  NOT NULL,
    proposed_at          DATETIME(6)  NULL,
    total                DECIMAL(6,2) NULL,
    fundable             BOOLEAN      NULL,
    ranking_position     INT          NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_candidate_proposal UNIQUE (committee_id, proposal_id),
    CONSTRAINT uq_candidate_code UNIQUE (committee_id, code),
    CONSTRAINT fk_candidate_committee FOREIGN KEY (committee_id) REFERENCES evaluation_committee (id),
    CONSTRAINT fk_candidate_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_consensus_score (
    candidate_id BIGINT        NOT NULL,
    criterion_no INT           NOT NULL,
    score        DECIMAL(4,1)  NOT NULL,
    comment_text LONGTEXT      NOT NULL,
    reason       VARCHAR(2000) NULL,
    PRIMARY KEY (candidate_id, criterion_no),
    CONSTRAINT fk_consensus_candidate FOREIGN KEY (candidate_id) REFERENCES evaluation_candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_conflict (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    committee_id BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    candidate_id BIGINT        NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    detail       VARCHAR(2000) NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conflict_committee FOREIGN KEY (committee_id) REFERENCES evaluation_committee (id),
    CONSTRAINT fk_conflict_member FOREIGN KEY (member_id) REFERENCES evaluation_member (id),
    CONSTRAINT fk_conflict_candidate FOREIGN KEY (candidate_id) REFERENCES evaluation_candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_conflict_committee ON evaluation_conflict (committee_id);

CREATE TABLE evaluation_expertise (
    account_id   BIGINT        NOT NULL,
    themes       VARCHAR(1000) NULL,
    keywords     VARCHAR(2000) NULL,
    affiliations VARCHAR(4000) NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_expertise_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_assignment (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    committee_id BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    candidate_id BIGINT      NOT NULL,
    status       VARCHAR(12) NOT NULL,
    manual       BOOLEAN     NOT NULL,
    assigned_at  DATETIME(6) NOT NULL,
    saved_at     DATETIME(6) NULL,
    submitted_at DATETIME(6) NULL,
    revisions    INT         NOT NULL,
    version      BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_committee FOREIGN KEY (committee_id) REFERENCES evaluation_committee (id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES evaluation_member (id),
    CONSTRAINT fk_assignment_candidate FOREIGN KEY (candidate_id) REFERENCES evaluation_candidate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_assignment_committee ON evaluation_assignment (committee_id);
CREATE INDEX ix_assignment_member ON evaluation_assignment (member_id);

CREATE TABLE evaluation_score (
    assignment_id BIGINT       NOT NULL,
    criterion_no  INT          NOT NULL,
    score         DECIMAL(4,1) NULL,
    comment_text  LONGTEXT     NULL,
    PRIMARY KEY (assignment_id, criterion_no),
    CONSTRAINT fk_score_assignment FOREIGN KEY (assignment_id) REFERENCES evaluation_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_revision (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id     BIGINT        NOT NULL,
    revision_no       INT           NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    previous_scores   VARCHAR(400)  NOT NULL,
    previous_comments LONGTEXT      NOT NULL,
    revised_by        BIGINT        NOT NULL,
    revised_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_revision UNIQUE (assignment_id, revision_no),
    CONSTRAINT fk_revision_assignment FOREIGN KEY (assignment_id) REFERENCES evaluation_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_vote (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    candidate_id BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    agree        BOOLEAN       NOT NULL,
    dissent      VARCHAR(4000) NULL,
    answered_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vote UNIQUE (candidate_id, member_id),
    CONSTRAINT fk_vote_candidate FOREIGN KEY (candidate_id) REFERENCES evaluation_candidate (id),
    CONSTRAINT fk_vote_member FOREIGN KEY (member_id) REFERENCES evaluation_member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
