-- A call is either for social investments or for pre-study grants (förstudiemedel): a lighter
-- form that helps a promising idea become investment-ready. The kind is fixed once the call is
-- published, so every version of a call has the same kind.
alter table call_version add column kind text not null default 'INVESTMENT'
    check (kind in ('INVESTMENT', 'PRE_STUDY'));

-- The full application a pre-study led to names the pre-study it grew out of; one per call, so
-- a button pressed twice does not start two.
alter table application add column pre_study_id bigint references application (id);
create unique index application_pre_study on application (pre_study_id, call_id) where pre_study_id is not null;
