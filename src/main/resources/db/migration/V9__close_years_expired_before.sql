-- fund: years whose money expired under the first ledger (before V3) were closed in fact; record them as
-- closed, so they take no more postings.
insert into fiscal_year_close (fund_id, fiscal_year, early, registration_number, closed_by, closed_at)
select t.fund_id, t.fiscal_year, false, null, t.recorded_by, t.recorded_at
from ledger_transaction t
where t.kind = 'EXPIRY'
  and not exists (select 1 from fiscal_year_close c where c.fund_id = t.fund_id and c.fiscal_year = t.fiscal_year)
on conflict do nothing;
