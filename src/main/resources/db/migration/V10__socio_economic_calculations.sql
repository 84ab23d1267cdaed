-- economics: versioned parameter sets, the unit-cost library and versioned calculations.
-- Everything here is append-only: a changed rate, unit cost or calculation is a new version, so a
-- calculation made last year still computes to what it showed then.

-- Discounting schedules, optimism-bias tables and price-index series; the body is the calculation core's
-- own record as JSON. Referred to by (kind, version).
create table economics_parameter_set (
    id          bigserial primary key,
    kind        text        not null check (kind in ('DISCOUNTING', 'OPTIMISM_BIAS', 'PRICE_INDEX')),
    version     text        not null,
    description text        not null,
    body        jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    unique (kind, version)
);
create trigger economics_parameter_set_immutable before update or delete on economics_parameter_set
    for each row execute function forbid_change();

create table unit_cost (
    id         bigserial primary key,
    code       text        not null unique check (code ~ '^[a-z0-9_]{2,60}$'),
    created_at timestamptz not null default now()
);
create table unit_cost_version (
    id             bigserial primary key,
    unit_cost_id   bigint         not null references unit_cost (id),
    version        int            not null check (version > 0),
    name_sv        text           not null,
    name_en        text           not null,
    unit_sv        text           not null,
    unit_en        text           not null,
    value_ore      bigint         not null,
    price_year     int            not null check (price_year between 1900 and 2200),
    actor_kind     text           not null check (actor_kind in ('MUNICIPALITY_BOARD', 'REGION', 'STATE', 'INDIVIDUAL', 'OTHER')),
    actor_service  text           not null,
    value_kind     text           not null check (value_kind in ('FISCAL', 'ECONOMIC', 'SOCIAL')),
    cashable_share numeric(5, 4)  not null check (cashable_share between 0 and 1),
    estimate       boolean        not null,
    source         text           not null,
    quote          text,
    notes          text,
    created_by     text           not null,
    created_at     timestamptz    not null default now(),
    unique (unit_cost_id, version)
);
create trigger unit_cost_version_immutable before update or delete on unit_cost_version
    for each row execute function forbid_change();

-- One series of versions per application; the investment the application becomes continues the series.
-- purpose: FORECAST (made with the application), REVISION (a later estimate), REALISED (ex post, with
-- measured effects). The document is the calculation as entered, with unit costs pinned to their version.
create table calculation_version (
    id             bigserial primary key,
    application_id bigint      not null references application (id),
    version        int         not null check (version > 0),
    purpose        text        not null check (purpose in ('FORECAST', 'REVISION', 'REALISED')),
    note           text,
    document       jsonb       not null,
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    unique (application_id, version)
);
create trigger calculation_version_immutable before update or delete on calculation_version
    for each row execute function forbid_change();
