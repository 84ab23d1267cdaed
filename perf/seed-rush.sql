-- Benchmark-only: the applicants of the deadline rush (perf/rush.sh), never part of the application or its
-- profiles. Run with psql against the rush database after the application has started once (Flyway and the
-- demo data): psql -v users=500 -f perf/seed-rush.sql
--   :users applicant organisations "Rushkommun NNNN (påhittad)", each with one applicant rush-NNNN;
--   one partner organisation "Rushregionen (påhittad)" with :users partner users rush-partner-NNNN, one for
--   each applicant (any user of the partner organisation may confirm; one each keeps the sessions apart).
-- Password "demo" for all: the demo data's bcrypt hash (cost 10), the same proper hash sign-in checks.
-- Organisation numbers 999200-NNNNC and 999300-0000C carry their Luhn check digit. Running it again adds
-- only what is missing.
\set ON_ERROR_STOP on
begin;
create temporary table rush_number on commit drop as
select g as n, '9992' || lpad(g::text, 5, '0') as digits from generate_series(1, :users) g
union all
select 0, '999300000';
create temporary table rush_luhn on commit drop as
select n, substr(digits, 1, 6) || '-' || substr(digits, 7, 3) || ((10 - sum(case when k % 2 = 1
           then (substr(digits, k, 1)::int * 2) / 10 + (substr(digits, k, 1)::int * 2) % 10
           else substr(digits, k, 1)::int end) % 10) % 10)::text as org_number
from rush_number, generate_series(1, 9) k
group by n, digits;

insert into organisation (name, org_number, kind, invented)
select case when n = 0 then 'Rushregionen (påhittad)' else 'Rushkommun ' || lpad(n::text, 4, '0') || ' (påhittad)' end,
       org_number, case when n = 0 then 'REGION' else 'MUNICIPALITY' end, true
from rush_luhn
on conflict (name) do nothing;

insert into user_account (username, password_hash, display_name, role, organisation_id, organisation_admin)
select 'rush-' || lpad(g::text, 4, '0'), '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK',
       'Sökande ' || g || ' (påhittad)', 'APPLICANT', o.id, true
from generate_series(1, :users) g
join organisation o on o.name = 'Rushkommun ' || lpad(g::text, 4, '0') || ' (påhittad)'
on conflict (username) do nothing;

insert into user_account (username, password_hash, display_name, role, organisation_id, organisation_admin)
select 'rush-partner-' || lpad(g::text, 4, '0'), '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK',
       'Partner ' || g || ' (påhittad)', 'APPLICANT', o.id, false
from generate_series(1, :users) g
join organisation o on o.name = 'Rushregionen (påhittad)'
on conflict (username) do nothing;
commit;
-- the partner organisation's id, for the simulation (rush.partnerOrganisation)
select id from organisation where name = 'Rushregionen (påhittad)';
