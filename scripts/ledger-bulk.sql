-- Bulk data for the ledger benchmark: 50 funds, each with 26 yearly appropriations, 2,000 grants and nine
-- payments per grant: 1,001,300 transactions with 2,002,600 entries in all. Consistent with the ledger's
-- rules (nothing negative, every transaction balanced); loaded set-based with triggers off, so it takes
-- a minute, not an hour. Run with psql against the benchmark database only.
\set ON_ERROR_STOP on
begin;
set local session_replication_role = replica;

insert into fund (name, owner_organisation_id, purpose, economic_model)
select 'Benchmarkfond ' || f, (select min(id) from organisation), 'Benchmark', 'APPROPRIATION'
from generate_series(1, 50) f;

create temp table bench_fund on commit drop as
select id as fund_id, row_number() over (order by id) - 1 as n from fund where name like 'Benchmarkfond %';

select coalesce(max(id), 0) as tx_base from ledger_transaction \gset
select coalesce(max(id), 0) as grant_base from fund_grant \gset

insert into fund_grant (id, fund_id, reference, kind, title, recipient_organisation_id, fiscal_year, recorded_by)
select :grant_base + b.n * 2000 + g + 1, b.fund_id, 'BENCH-' || b.fund_id || '-' || g, 'GRANT', 'Benchmarkbidrag ' || g,
       (select min(id) from organisation), 2000 + g % 26, 'bench'
from bench_fund b, generate_series(0, 1999) g;

-- per fund: k = 1..26 appropriations (2000..2025), 27..2026 commitments, 2027..20026 payments (nine per grant)
insert into ledger_transaction (id, fund_id, kind, fiscal_year, grant_id, description, recorded_by)
select :tx_base + b.n * 20026 + k, b.fund_id,
       case when k <= 26 then 'APPROPRIATION' when k <= 2026 then 'COMMITMENT' else 'DISBURSEMENT' end,
       case when k <= 26 then 1999 + k when k <= 2026 then 2000 + (k - 27) % 26 else 2000 + ((k - 2027) / 9) % 26 end,
       case when k <= 26 then null when k <= 2026 then :grant_base + b.n * 2000 + (k - 27) + 1
            else :grant_base + b.n * 2000 + (k - 2027) / 9 + 1 end,
       'Benchmark', 'bench'
from bench_fund b, generate_series(1, 20026) k;

insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore)
select t.id, t.fund_id, leg.account, t.fiscal_year,
       case when leg.account in ('COMMITTED', 'DISBURSED') then t.grant_id end, leg.amount
from ledger_transaction t
cross join lateral (values
    (case t.kind when 'APPROPRIATION' then 'AVAILABLE' when 'COMMITMENT' then 'COMMITTED' else 'DISBURSED' end,
     case t.kind when 'APPROPRIATION' then 1000000000 when 'COMMITMENT' then 9000000 else 1000000 end::bigint),
    (case t.kind when 'APPROPRIATION' then 'FUNDING_SOURCE' when 'COMMITMENT' then 'AVAILABLE' else 'COMMITTED' end,
     case t.kind when 'APPROPRIATION' then -1000000000 when 'COMMITMENT' then -9000000 else -1000000 end::bigint)
) as leg(account, amount)
where t.id > :tx_base and t.description = 'Benchmark';

insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select e.fund_id, e.account, e.fiscal_year, coalesce(e.grant_id, 0), sum(e.amount_ore)
from ledger_entry e join bench_fund b on b.fund_id = e.fund_id
group by e.fund_id, e.account, e.fiscal_year, coalesce(e.grant_id, 0);
insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select e.fund_id, e.account, e.fiscal_year, 0, sum(e.amount_ore)
from ledger_entry e join bench_fund b on b.fund_id = e.fund_id
where e.grant_id is not null group by e.fund_id, e.account, e.fiscal_year;

select setval(pg_get_serial_sequence('ledger_transaction', 'id'), (select max(id) from ledger_transaction));
select setval(pg_get_serial_sequence('fund_grant', 'id'), (select max(id) from fund_grant));
commit;
analyze;
select count(*) as transactions from ledger_transaction;
select count(*) as entries from ledger_entry;
