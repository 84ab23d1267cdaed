-- Benchmark-only (perf/ranking.sh): a call before the panel at its biggest, for the ranking page and its API.
-- :apps applications (500) in call :call with the panel, :members panel members rank-assessor-NN (10), each
-- having submitted a score on every rubric area of every application (seeded, so every run ranks the same
-- scores). Password "demo" (the demo data's bcrypt hash). Ids from 2000000 keep them apart.
--   psql -v apps=500 -v members=10 -v call=3 -f perf/seed-ranking.sql
\set ON_ERROR_STOP on
begin;
select setseed(0.20261202);
insert into user_account (username, password_hash, display_name, role)
select 'rank-assessor-' || lpad(m::text, 2, '0'), '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK',
       'Bedömare ' || m || ' (påhittad)', 'ASSESSOR'
from generate_series(1, :members) m
on conflict (username) do nothing;

insert into application (id, call_id, call_version, applicant_organisation_id, created_by, title, co_financing,
                         continuation, start_date, end_date, requested_amount_ore, status, registration_number,
                         submitted_at, invented, answers)
select 2000000 + n, :call, (select content_version from funding_call where id = :call),
       (select min(id) from organisation where kind = 'MUNICIPALITY'), 'ranking-seed', 'Rangordning ' || n,
       'Arbetstid', 'Ordinarie verksamhet tar över', '2027-08-01', '2029-07-31', 100000000 + n * 10000,
       'IN_ASSESSMENT', 'RANK ' || n, now(), true, '{}'::jsonb
from generate_series(1, :apps) n
on conflict (id) do nothing;

insert into assessment (id, application_id, assessor, comment, submitted_at)
select 2000000 + (n - 1) * :members + m, 2000000 + n, 'rank-assessor-' || lpad(m::text, 2, '0'), 'Bedömning',
       now()
from generate_series(1, :apps) n cross join generate_series(1, :members) m
on conflict (id) do nothing;

insert into assessment_score (assessment_id, area, score)
select a.id, area, 1 + floor(random() * 4)::int
from assessment a cross join unnest(array['PROBLEM_ANALYSIS', 'METHOD_AND_EFFECT', 'FEASIBILITY', 'BUDGET',
                                          'ANCHORING']) area
where a.id >= 2000000
on conflict do nothing;
commit;
select count(*) as applications, (select count(*) from assessment where id >= 2000000) as assessments,
       (select count(*) from assessment_score where assessment_id >= 2000000) as scores
from application where created_by = 'ranking-seed';
