-- The working group's triage (första sållning) as the report describes it: each member grades each application
-- 1, 2 or 3 against the call's Table 2 checklist, after declaring whether they have a conflict of interest; the
-- group then records an agreed grade with a note. An agreed 2 puts the application in the "look again" pile and
-- opens the next pass. Every grade, declaration and agreement is kept: a member's new grade is a new row, a
-- withdrawn declaration is marked withdrawn, never deleted.

create table triage_declaration (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    member          text        not null,
    conflict        boolean     not null,
    note            text,
    declared_at     timestamptz not null,
    withdrawn_at    timestamptz,
    withdrawn_note  text,
    check ((withdrawn_at is null) = (withdrawn_note is null))
);
-- one standing declaration per member and application
create unique index triage_declaration_standing on triage_declaration (application_id, member)
    where withdrawn_at is null;

create table triage_grade (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    pass            int         not null check (pass >= 1),
    member          text        not null,
    grade           int         not null check (grade between 1 and 3),
    -- the keys of the call's Table 2 criteria the member ticked as met
    criteria_met    jsonb       not null default '[]',
    note            text,
    -- the member's grade this one revises (null for the first in the pass): two saves from the same reading
    -- cannot both revise it
    revises         bigint      unique references triage_grade (id),
    recorded_at     timestamptz not null
);
create index triage_grade_by_application on triage_grade (application_id, pass, member, id);
create unique index triage_grade_first_per_pass on triage_grade (application_id, pass, member) where revises is null;

create trigger triage_grade_immutable
    before update or delete on triage_grade
    for each row execute function forbid_change();

create table triage_agreement (
    id              bigint generated always as identity primary key,
    application_id  bigint      not null references application (id),
    pass            int         not null check (pass >= 1),
    grade           int         not null check (grade between 1 and 3),
    note            text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    unique (application_id, pass)
);

create trigger triage_agreement_immutable
    before update or delete on triage_agreement
    for each row execute function forbid_change();
