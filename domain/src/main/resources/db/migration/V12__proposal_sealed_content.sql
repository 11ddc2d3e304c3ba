-- Proposals: draft content encrypted at rest, attachments stored encrypted in chunks, consortium partners,
-- sealed submissions (CMS enveloped to the phase's opening key) with their receipts, opening keys, openings.

ALTER TABLE proposal ADD COLUMN form_cipher LONGBLOB NULL;
ALTER TABLE proposal ADD COLUMN current_submission_id BIGINT NULL;
ALTER TABLE proposal ADD COLUMN submitted_at DATETIME(6) NULL;
ALTER TABLE proposal ADD COLUMN status_reason LONGTEXT NULL;
ALTER TABLE proposal ADD COLUMN decided_by BIGINT NULL;
ALTER TABLE proposal ADD COLUMN decided_at DATETIME(6) NULL;

-- Encrypted bytes of an attachment, in chunks of at most 1 MiB (below any server's packet limit).
CREATE TABLE proposal_blob (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    size_bytes BIGINT      NOT NULL,
    chunks     INT         NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE proposal_blob_chunk (
    blob_id  BIGINT   NOT NULL,
    chunk_no INT      NOT NULL,
    data     LONGBLOB NOT NULL,
    PRIMARY KEY (blob_id, chunk_no),
    CONSTRAINT fk_blob_chunk_blob FOREIGN KEY (blob_id) REFERENCES proposal_blob (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A file of a draft: its name and its AES key encrypted under the drafts key, its content in a blob.
CREATE TABLE proposal_attachment (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    proposal_id BIGINT         NOT NULL,
    blob_id     BIGINT         NOT NULL,
    name_cipher VARBINARY(1200) NOT NULL,
    key_cipher  VARBINARY(128) NOT NULL,
    iv          VARBINARY(16)  NOT NULL,
    size_bytes  BIGINT         NOT NULL,
    pages       INT            NOT NULL,
    sha256      CHAR(64)       NOT NULL,
    uploaded_by BIGINT         NOT NULL,
    uploaded_at DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_attachment_blob FOREIGN KEY (blob_id) REFERENCES proposal_blob (id),
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_attachment_proposal ON proposal_attachment (proposal_id);

-- A partner of a consortium: its role and budget share encrypted like the draft.
CREATE TABLE proposal_partner (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    proposal_id     BIGINT         NOT NULL,
    organisation_id BIGINT         NOT NULL,
    terms_cipher    VARBINARY(1200) NOT NULL,
    status          VARCHAR(12)    NOT NULL,
    invited_by      BIGINT         NOT NULL,
    invited_at      DATETIME(6)    NOT NULL,
    answered_by     BIGINT         NULL,
    answered_at     DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_partner UNIQUE (proposal_id, organisation_id),
    CONSTRAINT fk_partner_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_partner_organisation ON proposal_partner (organisation_id);

-- A submission or a withdrawal: each act of the lead, receipted; only the current submission is ever opened.
CREATE TABLE proposal_submission (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    proposal_id      BIGINT       NOT NULL,
    seq              INT          NOT NULL,
    kind             VARCHAR(12)  NOT NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    submitted_by     BIGINT       NOT NULL,
    idempotency_key  VARCHAR(100) NULL,
    form_sha256      CHAR(64)     NULL,
    form_cms         LONGBLOB     NULL,
    digest           CHAR(64)     NOT NULL,
    superseded_at    DATETIME(6)  NULL,
    time_stamp       BLOB         NULL,
    receipt_protocol VARCHAR(40)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_seq UNIQUE (proposal_id, seq),
    CONSTRAINT uq_submission_idempotency UNIQUE (proposal_id, idempotency_key),
    CONSTRAINT fk_submission_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_submission_account FOREIGN KEY (submitted_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_submission_receipt ON proposal_submission (receipt_protocol);

-- The files of a submission: the encrypted content is the draft's blob, its key wrapped for the opening key in
-- a CMS EnvelopedData whose encrypted content is detached (RFC 5652, 6.1).
CREATE TABLE proposal_submission_file (
    submission_id BIGINT   NOT NULL,
    file_no       INT      NOT NULL,
    blob_id       BIGINT   NOT NULL,
    size_bytes    BIGINT   NOT NULL,
    sha256        CHAR(64) NOT NULL,
    envelope      BLOB     NOT NULL,
    PRIMARY KEY (submission_id, file_no),
    CONSTRAINT fk_submitted_file_submission FOREIGN KEY (submission_id) REFERENCES proposal_submission (id),
    CONSTRAINT fk_submitted_file_blob FOREIGN KEY (blob_id) REFERENCES proposal_blob (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The key pair of a phase's opening: the public key seals submissions; the private key, wrapped under a key
-- derived from the master key (kept outside the database), is unwrapped only at the opening.
CREATE TABLE proposal_opening_key (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    challenge_id        BIGINT         NOT NULL,
    phase_number        INT            NOT NULL,
    key_id              CHAR(64)       NOT NULL,
    public_key          VARBINARY(1024) NOT NULL,
    wrapped_private_key BLOB           NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    unwrapped_at        DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_opening_key UNIQUE (challenge_id, phase_number),
    CONSTRAINT fk_opening_key_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The opening of a phase's submissions: asked by one officer, confirmed by another.
CREATE TABLE proposal_opening (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id     BIGINT      NOT NULL,
    phase_number     INT         NOT NULL,
    requested_by     BIGINT      NOT NULL,
    requested_at     DATETIME(6) NOT NULL,
    confirmed_by     BIGINT      NULL,
    confirmed_at     DATETIME(6) NULL,
    minutes_protocol VARCHAR(40) NULL,
    version          BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_opening UNIQUE (challenge_id, phase_number),
    CONSTRAINT fk_opening_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
