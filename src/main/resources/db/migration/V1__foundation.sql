-- SIF foundation schema. Each block belongs to one module; only that module's code reads or writes it.
-- Money is bigint öre. Times are timestamptz; dates and deadlines are shown in Europe/Stockholm.

-- organisation -------------------------------------------------------------------------------
create table organisation (
    id          bigserial primary key,
    name        text    not null unique,
    org_number  text,
    kind        text    not null check (kind in ('REGION', 'REGION_UNIT', 'MUNICIPALITY', 'MUNICIPAL_UNIT', 'OTHER')),
    invented    boolean not null default false
);

-- identity -----------------------------------------------------------------------------------
create table user_account (
    id              bigserial primary key,
    username        text    not null unique,
    password_hash   text,
    display_name    text    not null,
    role            text    not null check (role in ('OFFICER', 'ASSESSOR', 'STEERING', 'BOARD', 'APPLICANT', 'PROJECT_LEADER', 'ADMIN')),
    organisation_id bigint references organisation (id),
    enabled         boolean not null default true
);

-- audit (append-only) ------------------------------------------------------------------------
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   bigint,
    details      text
);
create index audit_event_subject on audit_event (subject_type, subject_id);

create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable: correct by a new row, never by update or delete', tg_table_name;
end $$;
create trigger audit_event_immutable before update or delete on audit_event
    for each row execute function forbid_change();

-- shared: registration numbers (diarienummer), one running series per year ------------------
create table registration_series (
    year        int primary key,
    last_number int not null
);

-- fund ---------------------------------------------------------------------------------------
create table fund (
    id                    bigserial primary key,
    name                  text    not null,
    owner_organisation_id bigint  not null references organisation (id),
    purpose               text    not null,
    economic_model        text    not null check (economic_model in ('APPROPRIATION', 'REPAYMENT', 'PAY_FOR_SUCCESS')),
    carry_over            boolean not null default false,
    version               bigint  not null default 0
);
create table fund_co_owner (
    fund_id         bigint not null references fund (id),
    organisation_id bigint not null references organisation (id),
    primary key (fund_id, organisation_id)
);
create table fund_focus (
    id          bigserial primary key,
    fund_id     bigint not null references fund (id),
    year_from   int    not null,
    year_to     int    not null,
    text        text   not null
);
-- The ledger: immutable postings. available(year) = appropriated - committed - expired.
create table fund_posting (
    id                  bigserial primary key,
    fund_id             bigint      not null references fund (id),
    fiscal_year         int         not null check (fiscal_year between 2000 and 2200),
    account             text        not null check (account in ('APPROPRIATED', 'COMMITTED', 'EXPIRED')),
    amount_ore          bigint      not null,
    grant_reference     text,
    registration_number text,
    description         text        not null,
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    reverses_id         bigint references fund_posting (id)
);
create index fund_posting_fund_year on fund_posting (fund_id, fiscal_year);
create trigger fund_posting_immutable before update or delete on fund_posting
    for each row execute function forbid_change();

-- call ---------------------------------------------------------------------------------------
create table funding_call (
    id                   bigserial primary key,
    fund_id              bigint      not null references fund (id),
    title                text        not null,
    description          text,
    deadline             timestamptz not null,
    budget_ceiling_ore   bigint      not null check (budget_ceiling_ore > 0),
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    invented             boolean     not null default false,
    version              bigint      not null default 0
);

-- application --------------------------------------------------------------------------------
create table application (
    id                         bigserial primary key,
    call_id                    bigint      not null references funding_call (id),
    applicant_organisation_id  bigint      not null references organisation (id),
    created_by                 text        not null,
    title                      text        not null,
    target_group               text,
    method                     text,
    defined_effect             text,
    co_financing               text,
    continuation               text,
    start_date                 date,
    end_date                   date,
    requested_amount_ore       bigint check (requested_amount_ore is null or requested_amount_ore > 0),
    status                     text        not null check (status in ('DRAFT', 'SUBMITTED', 'COMPLETION_REQUESTED', 'IN_ASSESSMENT', 'REJECTED', 'GRANTED')),
    registration_number        text unique,
    submitted_at               timestamptz,
    invented                   boolean     not null default false,
    version                    bigint      not null default 0
);
create index application_call on application (call_id);
create table application_co_applicant (
    application_id  bigint not null references application (id),
    organisation_id bigint not null references organisation (id),
    primary key (application_id, organisation_id)
);

-- screening ----------------------------------------------------------------------------------
create table screening_result (
    id                  bigserial primary key,
    application_id      bigint      not null unique references application (id),
    formal_complete     boolean     not null,
    formal_notes        text,
    triage_grade        int         not null check (triage_grade between 1 and 3),
    outcome             text        not null check (outcome in ('TO_PANEL', 'REJECTED', 'COMPLETION_REQUESTED')),
    reasons_text        text,
    completion_deadline date,
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    version             bigint      not null default 0
);
create table screening_rejection_reason (
    screening_result_id bigint not null references screening_result (id),
    reason              text   not null,
    primary key (screening_result_id, reason)
);

-- assessment ---------------------------------------------------------------------------------
create table conflict_of_interest (
    id             bigserial primary key,
    application_id bigint      not null references application (id),
    assessor       text        not null,
    reason         text        not null,
    declared_at    timestamptz not null default now(),
    unique (application_id, assessor)
);
create table assessment (
    id             bigserial primary key,
    application_id bigint      not null references application (id),
    assessor       text        not null,
    comment        text,
    submitted_at   timestamptz,
    version        bigint      not null default 0,
    unique (application_id, assessor)
);
create table assessment_score (
    assessment_id bigint not null references assessment (id),
    area          text   not null,
    score         int    not null check (score between 1 and 4),
    primary key (assessment_id, area)
);

-- decision -----------------------------------------------------------------------------------
create table decision (
    id                  bigserial primary key,
    application_id      bigint      not null unique references application (id),
    outcome             text        not null check (outcome in ('GRANTED', 'REJECTED')),
    granted_amount_ore  bigint check (granted_amount_ore is null or granted_amount_ore > 0),
    reasons             text        not null,
    decided_on          date        not null,
    decision_body       text        not null,
    minutes_paragraph   text,
    minutes_posted_on   date,
    registration_number text        not null unique,
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    check ((outcome = 'GRANTED') = (granted_amount_ore is not null))
);
create table decision_condition (
    decision_id bigint not null references decision (id),
    position    int    not null,
    text        text   not null,
    due_date    date,
    primary key (decision_id, position)
);

-- investment (follow-up) ---------------------------------------------------------------------
create table investment (
    id                    bigserial primary key,
    decision_id           bigint  not null unique references decision (id),
    application_id        bigint  not null unique references application (id),
    fund_id               bigint  not null references fund (id),
    title                 text    not null,
    owner_organisation_id bigint  not null references organisation (id),
    project_leader        text,
    granted_amount_ore    bigint  not null,
    start_date            date,
    end_date              date,
    version               bigint  not null default 0
);
create table indicator (
    id            bigserial primary key,
    investment_id bigint        not null references investment (id),
    name          text          not null,
    unit          text          not null,
    baseline      numeric(14, 4) not null,
    baseline_period text        not null,
    target        numeric(14, 4) not null,
    direction     text          not null check (direction in ('INCREASE', 'DECREASE')),
    invented      boolean       not null default false
);
-- Aggregates only (GDPR): the group the value is computed over must be at least 5 individuals.
create table indicator_value (
    id            bigserial primary key,
    indicator_id  bigint         not null references indicator (id),
    period        text           not null,
    value         numeric(14, 4) not null,
    group_size    int            not null check (group_size >= 5),
    comment       text,
    reported_by   text           not null,
    reported_at   timestamptz    not null default now(),
    unique (indicator_id, period)
);
