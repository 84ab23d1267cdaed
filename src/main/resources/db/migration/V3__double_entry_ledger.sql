-- fund: the ledger becomes double-entry. A transaction (one decision or document) has two or more entries
-- whose amounts sum to zero; balances per account, year and grant are sums of entries. Debit is positive.
--   appropriation   Dr AVAILABLE(year)          Cr FUNDING_SOURCE(year)
--   commitment      Dr COMMITTED(year, grant)   Cr AVAILABLE(year)
--   disbursement    Dr DISBURSED(year, grant)   Cr COMMITTED(year, grant)
--   decommitment    Dr AVAILABLE(year)          Cr COMMITTED(year, grant)      (EXPIRED once the year is closed)
--   expiry (close)  Dr EXPIRED(year)            Cr AVAILABLE(year)
--   carry-over      Dr AVAILABLE(year + 1)      Cr AVAILABLE(year)
--   reversal        every entry of the reversed transaction with the opposite sign

create table fund_grant (
    id                        bigserial primary key,
    fund_id                   bigint      not null references fund (id),
    reference                 text        not null unique,
    kind                      text        not null check (kind in ('GRANT', 'PRE_STUDY')),
    title                     text        not null,
    recipient_organisation_id bigint      not null references organisation (id),
    fiscal_year               int         not null,
    application_id            bigint unique,
    recorded_by               text        not null,
    recorded_at               timestamptz not null default now()
);
create index fund_grant_fund on fund_grant (fund_id);
create index fund_grant_recipient on fund_grant (recipient_organisation_id);

create table ledger_transaction (
    id                  bigserial primary key,
    fund_id             bigint      not null references fund (id),
    kind                text        not null check (kind in ('APPROPRIATION', 'COMMITMENT', 'DECOMMITMENT', 'DISBURSEMENT',
                                                             'EXPIRY', 'CARRY_OVER', 'REVERSAL')),
    fiscal_year         int         not null check (fiscal_year between 2000 and 2200),
    grant_id            bigint references fund_grant (id),
    registration_number text,
    description         text        not null,
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    reverses_id         bigint unique references ledger_transaction (id)
);
create index ledger_transaction_fund on ledger_transaction (fund_id, fiscal_year);

create table ledger_entry (
    id             bigserial primary key,
    transaction_id bigint not null references ledger_transaction (id),
    fund_id        bigint not null references fund (id),
    account        text   not null check (account in ('FUNDING_SOURCE', 'AVAILABLE', 'COMMITTED', 'DISBURSED', 'EXPIRED')),
    fiscal_year    int    not null,
    grant_id       bigint references fund_grant (id),
    amount_ore     bigint not null check (amount_ore <> 0),
    check ((account in ('COMMITTED', 'DISBURSED')) = (grant_id is not null))
);
create index ledger_entry_balance on ledger_entry (fund_id, fiscal_year, account) include (amount_ore);
create index ledger_entry_grant on ledger_entry (grant_id) include (account, amount_ore) where grant_id is not null;
create index ledger_entry_transaction on ledger_entry (transaction_id);

create trigger ledger_transaction_immutable before update or delete on ledger_transaction
    for each row execute function forbid_change();
create trigger ledger_entry_immutable before update or delete on ledger_entry
    for each row execute function forbid_change();

-- Checked at commit, after all entries of the transaction are in: they balance, and there are at least two.
create function ledger_transaction_balances() returns trigger language plpgsql as $$
declare
    total   bigint;
    entries int;
begin
    select coalesce(sum(amount_ore), 0), count(*) into total, entries
    from ledger_entry where transaction_id = new.transaction_id;
    if total <> 0 or entries < 2 then
        raise exception 'ledger transaction % does not balance (sum %, % entries)', new.transaction_id, total, entries;
    end if;
    return null;
end $$;
create constraint trigger ledger_entry_balanced after insert on ledger_entry
    deferrable initially deferred for each row execute function ledger_transaction_balances();

-- Planned payments of a grant; a payment may wait for a condition (e.g. an approved project plan).
create table grant_payment (
    id                         bigserial primary key,
    grant_id                   bigint      not null references fund_grant (id),
    due_date                   date        not null,
    amount_ore                 bigint      not null check (amount_ore > 0),
    condition_text             text,
    condition_met_on           date,
    condition_met_by           text,
    disbursement_id            bigint unique references ledger_transaction (id),
    cancelled                  boolean     not null default false,
    version                    bigint      not null default 0
);
create index grant_payment_grant on grant_payment (grant_id);

create table fiscal_year_close (
    fund_id             bigint      not null references fund (id),
    fiscal_year         int         not null,
    early               boolean     not null,
    registration_number text,
    closed_by           text        not null,
    closed_at           timestamptz not null default now(),
    primary key (fund_id, fiscal_year)
);

-- Postings of the first ledger become transactions; a commitment gets a grant (its recipient from the
-- decision when there is one, otherwise the fund's owner, to be corrected by hand).
insert into fund_grant (fund_id, reference, kind, title, recipient_organisation_id, fiscal_year, application_id, recorded_by, recorded_at)
select p.fund_id, coalesce(p.grant_reference, 'POSTING-' || p.id),
       case when d.id is null then 'PRE_STUDY' else 'GRANT' end,
       p.description, coalesce(a.applicant_organisation_id, f.owner_organisation_id), p.fiscal_year, a.id,
       p.recorded_by, p.recorded_at
from fund_posting p
join fund f on f.id = p.fund_id
left join decision d on d.registration_number = p.grant_reference
left join application a on a.id = d.application_id
where p.account = 'COMMITTED';

insert into ledger_transaction (id, fund_id, kind, fiscal_year, grant_id, registration_number, description, recorded_by, recorded_at)
select p.id, p.fund_id,
       case p.account when 'APPROPRIATED' then 'APPROPRIATION' when 'COMMITTED' then 'COMMITMENT' else 'EXPIRY' end,
       p.fiscal_year, g.id, p.registration_number, p.description, p.recorded_by, p.recorded_at
from fund_posting p
left join fund_grant g on g.reference = coalesce(p.grant_reference, 'POSTING-' || p.id) and p.account = 'COMMITTED';

insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore)
select t.id, t.fund_id, leg.account, t.fiscal_year, case when leg.account = 'COMMITTED' then t.grant_id end, leg.amount
from ledger_transaction t
join fund_posting p on p.id = t.id
cross join lateral (values
    (case p.account when 'APPROPRIATED' then 'AVAILABLE' when 'COMMITTED' then 'COMMITTED' else 'EXPIRED' end, p.amount_ore),
    (case p.account when 'APPROPRIATED' then 'FUNDING_SOURCE' else 'AVAILABLE' end, -p.amount_ore)
) as leg(account, amount);

select setval(pg_get_serial_sequence('ledger_transaction', 'id'), coalesce((select max(id) from ledger_transaction), 0) + 1, false);

drop table fund_posting;
