-- decision: the proposal's recommendation takes the decision's spelling (GRANTED / REJECTED instead of
-- GRANT / REJECT), so the proposal, the decision and the application's final state use one word each.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'decision_proposal'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%recommendation%' loop
        execute format('alter table decision_proposal drop constraint %I', c.conname);
    end loop;
end $$;

update decision_proposal
set recommendation = case recommendation when 'GRANT' then 'GRANTED' when 'REJECT' then 'REJECTED' else recommendation end;

alter table decision_proposal
    add constraint decision_proposal_recommendation_check check (recommendation in ('GRANTED', 'REJECTED')),
    add constraint decision_proposal_amount_check check ((recommendation = 'GRANTED') = (amount_ore is not null));
