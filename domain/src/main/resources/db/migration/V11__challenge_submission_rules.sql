-- Challenges: rules for proposals set by the buyer: whether the number of submissions may be seen before the
-- deadline, and the page limit of each attached document.

ALTER TABLE challenge ADD COLUMN submission_count_visible BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE challenge ADD COLUMN attachment_page_limit INT NULL;
