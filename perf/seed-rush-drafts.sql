-- Benchmark-only (perf/rush.sh): the applications the rush applicants finish at the deadline. Each applicant
-- rush-NNNN gets :drafts drafts in call :call, every section of the task list completed (the partner named and
-- confirmed, a calculation saved) except the three the journey saves: target group, method and effects — as at
-- a real deadline, where the last saves finish applications begun weeks before. Ids are fixed, so the journey
-- finds applicant n's draft k at 1000000 + (n - 1) * :drafts + k (k from 0). Run after seed-rush.sql:
--   psql -v users=500 -v drafts=12 -v call=3 -v partner=ORG_ID -f perf/seed-rush-drafts.sql
-- The answers are the test suite's (se.sif.Scenario) with the three sections left out; the calculation is a copy
-- of the demo's first one. created_by 'rush-seed' keeps them apart from the applications the journey starts.
\set ON_ERROR_STOP on
begin;
create temporary table rush_applicant on commit drop as
select g as n, o.id as organisation_id
from generate_series(1, :users) g
join organisation o on o.name = 'Rushkommun ' || lpad(g::text, 4, '0') || ' (påhittad)';

insert into application (id, call_id, call_version, applicant_organisation_id, created_by, title, co_financing,
                         continuation, start_date, end_date, requested_amount_ore, status, invented, answers)
select 1000000 + (a.n - 1) * :drafts + k, :call, (select content_version from funding_call where id = :call),
       a.organisation_id, 'rush-seed', 'Rusning ' || a.n || '.' || k, 'Arbetstid 400 timmar om året',
       'Ingår i ordinarie elevhälsa när projektet är slut', '2027-08-01', '2029-07-31', 50000000, 'DRAFT', true,
       replace(replace($json$
       {"projectType": "METHOD_APPLICATION",
        "separateFromOperations": "Nytt arbetssätt över förvaltningsgränser",
        "parties": [{"organisationId": __APPLICANT__, "role": "Huvudsökande", "receivingParty": "Skolchefen",
                     "coFinancing": [{"year": 2027, "hours": 800, "valueOre": 40000000}]},
                    {"organisationId": __PARTNER__, "role": "Regionen", "receivingParty": "Verksamhetschefen",
                     "coFinancing": [{"year": 2027, "hours": 400, "valueOre": 20000000}]}],
        "measurability": "Närvaro och betyg", "measurementSystem": "Skolans närvaroregistrering varje termin",
        "indicators": [{"definition": "Andel elever med närvaro under 85 procent", "unit": "procent",
                        "direction": "DECREASE", "baselineValue": 30, "baselineDate": "2026-08-31",
                        "targetValue": 20, "targetDate": "2029-06-30", "dataSource": "Närvaroregistrering",
                        "frequency": "Varje termin"}],
        "implementationPlan": "Start hösten 2027 i två skolor", "projectLeader": "Anna Andersson, rektor",
        "projectLeaderInternal": true, "steeringGroup": "Skolchef, socialchef och verksamhetschef",
        "budget": [{"year": 2027, "category": "STAFF", "amountOre": 50000000}],
        "typeAnswers": {"localConditions": "Två skolor med hög frånvaro",
                        "decisionsAndAnchoring": "Beslut i nämnderna", "organisingTheWork": "Gemensamt team",
                        "continuedUse": "Elevhälsan tar över"}}
       $json$, '__APPLICANT__', a.organisation_id::text), '__PARTNER__', :'partner')::jsonb
from rush_applicant a cross join generate_series(0, :drafts - 1) k
on conflict (id) do nothing;

insert into application_co_applicant (application_id, organisation_id, confirmation, confirmed_by, confirmed_at)
select id, :partner, 'CONFIRMED', 'rush-seed', now() from application where created_by = 'rush-seed'
on conflict do nothing;

insert into calculation_version (application_id, version, purpose, note, document, created_by, created_at)
select a.id, 1, 'FORECAST', 'Kopia av demots kalkyl för rusningen', c.document, 'rush-seed', now()
from application a cross join (select document from calculation_version where application_id = 3 and version = 1) c
where a.created_by = 'rush-seed'
on conflict do nothing;
select setval(pg_get_serial_sequence('application', 'id'), (select max(id) from application));
commit;
select count(*) from application where created_by = 'rush-seed';
