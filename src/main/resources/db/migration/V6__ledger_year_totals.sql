-- fund: the running balances also hold each year's total of the per-grant accounts (grant_key 0), so the
-- fund overview reads one row per account and year however many grants the fund has.
insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select fund_id, account, fiscal_year, 0, sum(amount_ore)
from ledger_entry where grant_id is not null
group by fund_id, account, fiscal_year;
