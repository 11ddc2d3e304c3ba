-- The chair's dashboard benchmark (perf/dashboard.sh), once per database: 2,000 operator organisations to lead
-- the proposals (a proposal's lead is unique per challenge phase, so four demo operators cannot lead 2,000) and
-- 200 external experts (accounts with role EVALUATOR, no organisation, the demo password's hash copied from
-- evaluator1). MariaDB; the SEQUENCE engine's seq_1_to_N tables number the rows.

INSERT INTO organisation (kind, name, country, tax_code, vat_number, ipa_code, pec, region, operator_type,
                          contact_email, status, created_at, version)
SELECT o.kind, CONCAT('Impresa di prova ', LPAD(s.seq, 4, '0'), ' S.r.l.'), o.country,
       CONCAT('BENCH', LPAD(s.seq, 11, '0')), CONCAT('BENCH', LPAD(s.seq, 11, '0')), NULL, NULL, o.region,
       o.operator_type, CONCAT('impresa', s.seq, '@bench.sfide.localhost'), o.status, o.created_at, 0
FROM organisation o JOIN account a ON a.organisation_id = o.id AND a.username = 'operator3'
JOIN seq_1_to_2000 s;

INSERT INTO account (username, email, full_name, password_hash, role, organisation_id, organisation_manager, locale,
                     created_at, version)
SELECT CONCAT('bench-ev-', LPAD(s.seq, 3, '0')), CONCAT('bench-ev-', s.seq, '@bench.sfide.localhost'),
       CONCAT('Esperta ', LPAD(s.seq, 3, '0'), ' Valutatrice'), a.password_hash, 'EVALUATOR', NULL, FALSE, a.locale,
       a.created_at, 0
FROM account a JOIN seq_1_to_200 s WHERE a.username = 'evaluator1';
