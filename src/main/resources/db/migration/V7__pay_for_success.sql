-- fund: pay-for-success. An outcome payment draws on the grant's commitment like a disbursement:
--   outcome payment  Dr OUTCOME_PAID(year, grant)  Cr COMMITTED(year, grant)
alter table ledger_entry drop constraint ledger_entry_account_check;
alter table ledger_entry add constraint ledger_entry_account_check
    check (account in ('FUNDING_SOURCE', 'AVAILABLE', 'COMMITTED', 'DISBURSED', 'EXPIRED', 'REPAID', 'LOSS_COVERED', 'OUTCOME_PAID'));
alter table ledger_entry drop constraint ledger_entry_grant_check;
alter table ledger_entry add constraint ledger_entry_grant_check
    check ((account in ('COMMITTED', 'DISBURSED', 'REPAID', 'LOSS_COVERED', 'OUTCOME_PAID')) = (grant_id is not null));
alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check
    check (kind in ('APPROPRIATION', 'COMMITMENT', 'DECOMMITMENT', 'DISBURSEMENT', 'EXPIRY', 'CARRY_OVER', 'REVERSAL',
                    'REPAYMENT', 'LOSS_COVER', 'OUTCOME_PAYMENT'));

-- investment: an outcomes contract (social impact bond). An investor finances the effort; the commissioner
-- pays a price per verified outcome unit, within caps per period and in total.
create table outcomes_contract (
    id                       bigserial primary key,
    investment_id            bigint      not null unique references investment (id),
    investor_organisation_id bigint      not null references organisation (id),
    total_cap_ore            bigint      not null check (total_cap_ore > 0),
    recorded_by              text        not null,
    recorded_at              timestamptz not null default now()
);
create table outcome_measure (
    id                 bigserial primary key,
    contract_id        bigint not null references outcomes_contract (id),
    indicator_id       bigint not null references indicator (id),
    price_per_unit_ore bigint not null check (price_per_unit_ore > 0),
    period_cap_ore     bigint not null check (period_cap_ore > 0),
    unique (contract_id, indicator_id)
);
-- What the investor put in, for the investor's return.
create table investor_investment (
    id          bigserial primary key,
    contract_id bigint not null references outcomes_contract (id),
    paid_on     date   not null,
    amount_ore  bigint not null check (amount_ore > 0)
);
-- Outcomes verified (by the commissioner or an independent evaluator) before anything is paid.
create table outcome_verification (
    id                   bigserial primary key,
    measure_id           bigint         not null references outcome_measure (id),
    period               text           not null,
    units                numeric(14, 4) not null check (units >= 0),
    evidence             text           not null,
    verified_by          text           not null,
    verified_on          date           not null,
    paid_ore             bigint,
    paid_on              date,
    ledger_transaction   bigint,
    unique (measure_id, period)
);
