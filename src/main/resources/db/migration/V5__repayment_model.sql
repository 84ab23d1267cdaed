-- fund: the repayment model (återföringsmodellen). The boards whose costs fall thanks to an investment
-- repay the fund through reduced budget frames; if the savings fail to come, the loss is covered centrally
-- or by the owning board.
--   repayment   Dr AVAILABLE(year)  Cr REPAID(year, grant)        (a board's budget frame was reduced)
--   loss cover  Dr AVAILABLE(year)  Cr LOSS_COVERED(year, grant)  (the central budget covers a failed saving)
alter table ledger_entry drop constraint ledger_entry_account_check;
alter table ledger_entry add constraint ledger_entry_account_check
    check (account in ('FUNDING_SOURCE', 'AVAILABLE', 'COMMITTED', 'DISBURSED', 'EXPIRED', 'REPAID', 'LOSS_COVERED'));
alter table ledger_entry drop constraint ledger_entry_check;
alter table ledger_entry add constraint ledger_entry_grant_check
    check ((account in ('COMMITTED', 'DISBURSED', 'REPAID', 'LOSS_COVERED')) = (grant_id is not null));
alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check
    check (kind in ('APPROPRIATION', 'COMMITMENT', 'DECOMMITMENT', 'DISBURSEMENT', 'EXPIRY', 'CARRY_OVER', 'REVERSAL',
                    'REPAYMENT', 'LOSS_COVER'));

create table repayment_agreement (
    id          bigserial primary key,
    grant_id    bigint      not null unique references fund_grant (id),
    loss_cover  text        not null check (loss_cover in ('CENTRAL', 'OWNING_BOARD')),
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);

-- What each repaying board is expected to save per year, and the share of it that it repays.
create table repayment_party (
    agreement_id    bigint        not null references repayment_agreement (id),
    organisation_id bigint        not null references organisation (id),
    share           numeric(5, 4) not null check (share > 0 and share <= 1),
    primary key (agreement_id, organisation_id)
);
create table expected_saving (
    agreement_id    bigint not null references repayment_agreement (id),
    organisation_id bigint not null references organisation (id),
    fiscal_year     int    not null,
    amount_ore      bigint not null check (amount_ore >= 0),
    primary key (agreement_id, organisation_id, fiscal_year)
);

-- A claim on a board for one year: generated from the agreement, then recorded as a budget-frame
-- reduction (money back in the fund) or, when the saving did not come, written off to whoever covers the loss.
create table repayment_claim (
    id              bigserial primary key,
    agreement_id    bigint      not null references repayment_agreement (id),
    organisation_id bigint      not null references organisation (id),
    fiscal_year     int         not null,
    amount_ore      bigint      not null check (amount_ore > 0),
    status          text        not null check (status in ('CLAIMED', 'REPAID', 'LOSS_COVERED', 'MOVED_TO_OWNER')),
    transaction_id  bigint references ledger_transaction (id),
    settled_by      text,
    settled_at      timestamptz,
    version         bigint      not null default 0,
    unique (agreement_id, organisation_id, fiscal_year)
);
