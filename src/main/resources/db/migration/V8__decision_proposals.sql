-- decision: the decision chain working group → steering group → board. The working group prepares a proposal
-- (it may depart from the panel's ranking, with reasons); the steering group reviews and endorses it; only
-- then does the board decide (and the board may decide otherwise).
create table decision_proposal (
    id              bigserial primary key,
    application_id  bigint      not null unique references application (id),
    recommendation  text        not null check (recommendation in ('GRANT', 'REJECT')),
    amount_ore      bigint check (amount_ore is null or amount_ore > 0),
    reasons         text        not null,
    prepared_by     text        not null,
    prepared_at     timestamptz not null default now(),
    endorsed_by     text,
    endorsed_at     timestamptz,
    steering_comment text,
    version         bigint      not null default 0,
    check ((recommendation = 'GRANT') = (amount_ore is not null))
);
