-- Contract completion (issue 17): the buying body's officer closes a contract whose milestones are all accepted with
-- a completion certificate sealed by the body; its protocol, who completed it and when.

ALTER TABLE contract ADD COLUMN completed_at DATETIME(6) NULL;
ALTER TABLE contract ADD COLUMN completed_by BIGINT NULL;
ALTER TABLE contract ADD COLUMN completion_protocol VARCHAR(40) NULL;
