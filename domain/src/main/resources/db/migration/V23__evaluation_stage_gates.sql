-- PCP stage gates (issue 17): the committee of a later PCP phase judges the contractors of the phase before it, so it
-- records whose proposals it judges; null for a committee of its own phase's proposals.

ALTER TABLE evaluation_committee ADD COLUMN proposals_phase INT NULL;
