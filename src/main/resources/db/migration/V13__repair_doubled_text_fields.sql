-- Every multi-line field was once rendered twice on its page (a Thymeleaf fragment selector "textarea" also
-- matched the <textarea> element), so the browser posted it twice and Spring joined the two values with a
-- comma: a field typed into once became "text," (or ",text"), a field saved untouched became "text,text",
-- and an empty one became "," and then ",,,". This repairs what can be told apart with certainty:
--   * one copy kept where the value is two equal halves joined by a comma (repeatedly);
--   * commas removed at the start and end (an empty second box, or an empty first one);
--   * a value of nothing but commas becomes empty (null where the column allows it).
-- A value where the two boxes held different texts ("new,old") cannot be told from real text and is left
-- as it is. Each repaired row is recorded in the audit trail, so officials can look at it.

create function sif_repair_doubled_text(original text) returns text language plpgsql immutable as $$
declare
    repaired text := original;
    previous text;
    half     int;
begin
    if repaired is null or position(',' in repaired) = 0 then
        return repaired;
    end if;
    loop
        previous := repaired;
        if length(repaired) >= 3 and length(repaired) % 2 = 1 then
            half := (length(repaired) - 1) / 2;
            if substr(repaired, half + 1, 1) = ',' and left(repaired, half) = right(repaired, half) then
                repaired := left(repaired, half);
            end if;
        end if;
        repaired := btrim(repaired, ',');
        exit when repaired = previous;
    end loop;
    return repaired;
end $$;

create temporary table repaired_text (subject_type text, subject_id bigint, field text) on commit drop;

create function sif_repair_column(tab text, col text, id_col text, subject text, nullable boolean) returns void
language plpgsql as $$
begin
    execute format(
        'with changed as (update %1$I set %2$I = %5$s where %2$I is not null and %2$I is distinct from %5$s returning %3$s as id)
         insert into repaired_text select %4$L, id, %2$L from changed',
        tab, col, id_col, subject,
        case when nullable then format('nullif(sif_repair_doubled_text(%I), '''')', col)
             else format('sif_repair_doubled_text(%I)', col) end);
end $$;

select sif_repair_column('application', 'target_group', 'id', 'application', true);
select sif_repair_column('application', 'method', 'id', 'application', true);
select sif_repair_column('application', 'defined_effect', 'id', 'application', true);
select sif_repair_column('application', 'co_financing', 'id', 'application', true);
select sif_repair_column('application', 'continuation', 'id', 'application', true);
select sif_repair_column('screening_result', 'formal_notes', 'application_id', 'application', true);
select sif_repair_column('screening_result', 'reasons_text', 'application_id', 'application', true);
select sif_repair_column('assessment', 'comment', 'application_id', 'application', true);
select sif_repair_column('decision', 'reasons', 'application_id', 'application', false);
select sif_repair_column('decision_condition', 'text', 'decision_id', 'decision', false);
select sif_repair_column('fund', 'purpose', 'id', 'fund', false);
select sif_repair_column('fund_focus', 'text', 'fund_id', 'fund', false);
select sif_repair_column('indicator_value', 'comment', 'indicator_id', 'indicator', true);

insert into audit_event (actor, action, subject_type, subject_id, details)
select 'system', 'repair.doubledText', subject_type, subject_id,
       'Repaired a field saved twice by the form defect: ' || string_agg(distinct field, ', ')
from repaired_text group by subject_type, subject_id;

drop function sif_repair_column(text, text, text, text, boolean);
drop function sif_repair_doubled_text(text);
