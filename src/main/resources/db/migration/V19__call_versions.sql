-- A call is built as a draft, published, open between its opening and closing time, closed, and archived;
-- OPEN and CLOSED follow from the clock, so only what a person decides is stored.
alter table funding_call add column status text not null default 'PUBLISHED'
    check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED'));
alter table funding_call add column opens_at timestamptz;
alter table funding_call add column content_version integer not null default 1;
alter table funding_call add column copied_from bigint references funding_call (id);

-- Every saved content of a call, kept for good: an application is written against one of them. The header
-- (funding_call) repeats the current version's title, text, closing time and ceiling for lists.
create table call_version (
    call_id                bigint      not null references funding_call (id),
    version_no             integer     not null check (version_no > 0),
    title                  text        not null,
    purpose                text,
    focus                  text,
    description            text,
    budget_ceiling_ore     bigint      not null check (budget_ceiling_ore > 0),
    min_amount_ore         bigint check (min_amount_ore is null or min_amount_ore > 0),
    max_amount_ore         bigint check (max_amount_ore is null or max_amount_ore > 0),
    earliest_start         date,
    latest_end             date,
    max_months             integer check (max_months is null or max_months > 0),
    opens_at               timestamptz,
    closes_at              timestamptz not null,
    handling_days          integer check (handling_days is null or handling_days > 0),
    -- the eligibility rules as data (CallContent.Eligibility); null is the fund's usual rules
    eligibility            jsonb,
    created_by             text        not null,
    created_at             timestamptz not null default now(),
    primary key (call_id, version_no),
    check (min_amount_ore is null or max_amount_ore is null or min_amount_ore <= max_amount_ore),
    check (earliest_start is null or latest_end is null or earliest_start < latest_end),
    check (opens_at is null or opens_at < closes_at)
);

create trigger call_version_immutable before update or delete on call_version
    for each row execute function forbid_change();

insert into call_version (call_id, version_no, title, description, budget_ceiling_ore, max_months, closes_at,
                          created_by, created_at)
select id, 1, title, description, budget_ceiling_ore, 36, deadline, created_by, created_at from funding_call;

-- the version of the call an application was written against
alter table application add column call_version integer not null default 1;
