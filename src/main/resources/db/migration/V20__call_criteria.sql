-- What a call asks per project type (criteria and the panel's rubric) and the working group's triage
-- checklist, as data of each version; null is the usual: Table 1 with table 4's own criteria per type,
-- every main area weighted once, Table 2.
alter table call_version add column criteria jsonb;
alter table call_version add column triage_checklist jsonb;
