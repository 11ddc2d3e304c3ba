-- A criterion may belong to one phase of a PCP (its stage gate judges by that phase's own criteria);
-- null: a general criterion, judged by every phase without criteria of its own.
ALTER TABLE challenge_criterion ADD COLUMN phase_number INT NULL;
