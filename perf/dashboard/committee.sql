-- The chair's dashboard benchmark (perf/dashboard.sh): one committee in consensus on a demo challenge's phase of
-- Regione Lombardia, seeded straight into the tables the dashboard reads (MariaDB). Set before sourcing:
--   @ocid, @phase   the challenge and phase (no committee on it yet)
--   @n, @r          proposals and evaluators (@r >= 3)
-- What is not seeded, because the dashboard does not read it: sealed submissions, the opening and its keys, the
-- signed appointment and declarations (protocols left empty), expertise, conflicts.
-- Every proposal has 3 evaluators (round robin: the n-th proposal goes to members 3(n-1), 3(n-1)+1, 3(n-1)+2
-- modulo @r, so loads differ by at most one), every report is submitted with a score (0-5 in half points) and a
-- comment of 280-320 characters per criterion; 20 % of the proposals have a final consensus (every evaluator
-- answered, one in seven with a dissent), 10 % a proposed one (one evaluator answered), the rest none yet.

SET @now = UTC_TIMESTAMP(6);
SET @text = CONCAT('La proposta affronta il fabbisogno con una soluzione tecnicamente solida: il prototipo ',
  'descritto e'' coerente con il livello di maturita'' dichiarato e il piano di lavoro distribuisce le attivita'' ',
  'in modo credibile tra i partner. Restano alcune debolezze: la stima dei costi di esercizio e'' poco ',
  'documentata, l''analisi dei rischi non considera l''integrazione con i sistemi esistenti dell''ente e ',
  'gli indicatori di impatto sono formulati in modo generico. Il gruppo dimostra competenze adeguate, ',
  'con esperienze pregresse pertinenti; la sperimentazione sul campo e'' ben progettata ma i tempi ',
  'di validazione appaiono ottimistici rispetto alle stagioni di esercizio previste. Si apprezza ',
  'l''attenzione all''accessibilita'' e alla protezione dei dati personali dei cittadini coinvolti.');

SELECT id, buyer_id, overall_threshold INTO @challenge, @body, @threshold FROM challenge WHERE ocid = @ocid;
SELECT id INTO @buyer1 FROM account WHERE username = 'buyer1';
SELECT id, full_name INTO @buyer2, @chairname FROM account WHERE username = 'buyer2';
SELECT id INTO @creator FROM account WHERE username = 'operator3';

-- the admissible proposals, led by the first @n benchmark organisations, submitted a minute apart
DROP TEMPORARY TABLE IF EXISTS bench_org;
CREATE TEMPORARY TABLE bench_org AS
  SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM organisation WHERE tax_code LIKE 'BENCH%';
INSERT INTO proposal (challenge_id, phase_number, lead_organisation_id, created_by, created_at, updated_at, status,
                      version, submitted_at, decided_by, decided_at)
SELECT @challenge, @phase, o.id, @creator, @now - INTERVAL 30 DAY, @now - INTERVAL 5 DAY, 'ADMISSIBLE', 0,
       @now - INTERVAL 20 DAY + INTERVAL o.n MINUTE, @buyer1, @now - INTERVAL 5 DAY
FROM bench_org o WHERE o.n <= @n;

-- the committee, with its own copy of the challenge's criteria, in consensus, blind
INSERT INTO evaluation_committee (challenge_id, phase_number, body_id, status, overall_threshold, tie_break, blind,
    per_proposal, scale_max, scale_step, min_comment, tolerance, appeal_days, appointed_by, appointed_at,
    appointment_protocol, assigned_at, report_protocol, ranked_at, updated_at, version)
VALUES (@challenge, @phase, @body, 'CONSENSUS', @threshold, 'FIRST_CRITERION', TRUE, 3, 5.0, 0.5, 30, 1.0, 30,
    @buyer1, @now - INTERVAL 4 DAY, NULL, @now - INTERVAL 3 DAY, NULL, NULL, @now, 0);
SET @committee = LAST_INSERT_ID();
INSERT INTO evaluation_criterion (committee_id, criterion_no, name_it, name_en, weight, threshold)
SELECT @committee, criterion_order + 1, name_it, name_en, weight, threshold
FROM challenge_criterion WHERE challenge_id = @challenge;

-- the chair (buyer2, an officer of the body) and @r external experts, all declared
INSERT INTO evaluation_member (committee_id, account_id, invitation_id, display_name, chair, status,
                               declaration_protocol, declared_at, version)
VALUES (@committee, @buyer2, NULL, @chairname, TRUE, 'DECLARED', NULL, @now - INTERVAL 4 DAY, 0);
INSERT INTO evaluation_member (committee_id, account_id, invitation_id, display_name, chair, status,
                               declaration_protocol, declared_at, version)
SELECT @committee, a.id, NULL, a.full_name, FALSE, 'DECLARED', NULL, @now - INTERVAL 4 DAY, 0
FROM account a WHERE a.username LIKE 'bench-ev-%' AND CAST(SUBSTRING(a.username, 10) AS INT) <= @r;
DROP TEMPORARY TABLE IF EXISTS bench_member;
CREATE TEMPORARY TABLE bench_member AS
  SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS m FROM evaluation_member
  WHERE committee_id = @committee AND chair = FALSE;

-- the proposals before the committee, with their anonymous codes
INSERT INTO evaluation_candidate (committee_id, proposal_id, code, lead_organisation_id, receipt_protocol,
    submitted_at, consensus_status, proposed_at, total, fundable, ranking_position, letter_protocol, version)
SELECT @committee, p.id, CONCAT('P-', LPAD(o.n, 4, '0')), p.lead_organisation_id,
       CONCAT('SFIDE-2026-R-', LPAD(p.id, 7, '0')), p.submitted_at,
       CASE WHEN MOD(o.n, 10) IN (1, 2) THEN 'FINAL' WHEN MOD(o.n, 10) = 3 THEN 'PROPOSED' ELSE 'OPEN' END,
       CASE WHEN MOD(o.n, 10) IN (1, 2, 3) THEN @now - INTERVAL 1 DAY END, NULL, NULL, NULL, NULL, 0
FROM proposal p JOIN bench_org o ON o.id = p.lead_organisation_id
WHERE p.challenge_id = @challenge AND p.phase_number = @phase;
DROP TEMPORARY TABLE IF EXISTS bench_candidate;
CREATE TEMPORARY TABLE bench_candidate AS
  SELECT id, ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, consensus_status FROM evaluation_candidate
  WHERE committee_id = @committee;

-- three submitted reports per proposal
INSERT INTO evaluation_assignment (committee_id, member_id, candidate_id, status, manual, assigned_at, saved_at,
                                   submitted_at, revisions, version)
SELECT @committee, m.id, c.id, 'SUBMITTED', FALSE, @now - INTERVAL 3 DAY, @now - INTERVAL 2 DAY,
       @now - INTERVAL 2 DAY, 0, 0
FROM bench_candidate c JOIN seq_0_to_2 j JOIN bench_member m ON m.m = MOD(3 * c.n + j.seq, @r);
INSERT INTO evaluation_score (assignment_id, criterion_no, score, comment_text)
SELECT a.id, k.criterion_no, MOD(a.id * 7 + k.criterion_no * 5 + a.candidate_id, 11) * 0.5,
       SUBSTRING(@text, 1 + MOD(a.id * 13 + k.criterion_no * 31, 200), 280 + MOD(a.id + k.criterion_no, 41))
FROM evaluation_assignment a JOIN evaluation_criterion k ON k.committee_id = a.committee_id
WHERE a.committee_id = @committee;

-- the consensus where there is one: scores, comments, total, fundable, the evaluators' answers
INSERT INTO evaluation_consensus_score (candidate_id, criterion_no, score, comment_text, reason)
SELECT c.id, k.criterion_no, 2.0 + MOD(c.n + k.criterion_no, 7) * 0.5,
       SUBSTRING(@text, 1 + MOD(c.n * 17 + k.criterion_no * 29, 200), 280 + MOD(c.n + k.criterion_no, 41)), NULL
FROM bench_candidate c JOIN evaluation_criterion k ON k.committee_id = @committee
WHERE c.consensus_status <> 'OPEN';
UPDATE evaluation_candidate x JOIN (
    SELECT s.candidate_id, ROUND(SUM(s.score * k.weight / 5.0), 2) AS total
    FROM evaluation_consensus_score s JOIN evaluation_criterion k ON k.committee_id = @committee
         AND k.criterion_no = s.criterion_no
    JOIN evaluation_candidate c ON c.id = s.candidate_id AND c.committee_id = @committee
    GROUP BY s.candidate_id) t ON t.candidate_id = x.id
SET x.total = t.total, x.fundable = (@threshold IS NULL OR t.total >= @threshold);
INSERT INTO evaluation_vote (candidate_id, member_id, agree, dissent, answered_at)
SELECT a.candidate_id, a.member_id, MOD(a.id, 7) <> 0,
       CASE WHEN MOD(a.id, 7) = 0 THEN SUBSTRING(@text, 1 + MOD(a.id, 200), 240) END, @now - INTERVAL 12 HOUR
FROM evaluation_assignment a JOIN bench_candidate c ON c.id = a.candidate_id
WHERE a.committee_id = @committee AND (c.consensus_status = 'FINAL'
      OR c.consensus_status = 'PROPOSED' AND a.member_id = (SELECT MIN(b.member_id) FROM evaluation_assignment b
                                                            WHERE b.candidate_id = a.candidate_id));

SELECT @committee AS committee;
