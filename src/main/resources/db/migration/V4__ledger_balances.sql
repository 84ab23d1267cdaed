-- fund: running balances per fund, account, fiscal year and grant, kept in step with the entries inside the
-- same transaction (Journal.post), so the overview reads a few rows instead of summing every entry. The
-- entries stay the truth: this table is a projection of them, and tests check it against their sums.
create table ledger_balance (
    fund_id     bigint not null references fund (id),
    account     text   not null,
    fiscal_year int    not null,
    grant_key   bigint not null default 0,
    amount_ore  bigint not null,
    primary key (fund_id, account, fiscal_year, grant_key)
);
create index ledger_balance_grant on ledger_balance (grant_key, account) include (amount_ore);

insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select fund_id, account, fiscal_year, coalesce(grant_id, 0), sum(amount_ore)
from ledger_entry group by fund_id, account, fiscal_year, coalesce(grant_id, 0);
