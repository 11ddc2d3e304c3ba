-- The need and the expected outcomes of a challenge in English too (issue 18), like its title and summary: an English
-- reader no longer sees them in Italian. Null until written (the pages then show the Italian text).
ALTER TABLE challenge ADD COLUMN need_en LONGTEXT NULL;
ALTER TABLE challenge ADD COLUMN expected_outcomes_en LONGTEXT NULL;
