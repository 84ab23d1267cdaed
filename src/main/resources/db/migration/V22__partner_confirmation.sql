-- Each co-applicant organisation confirms its own participation and co-financing (or declines with a note)
-- before the application can be submitted. A confirmation is about the co-financing as written: a change of
-- that text asks every partner again.
alter table application_co_applicant add column confirmation text not null default 'PENDING'
    check (confirmation in ('PENDING', 'CONFIRMED', 'DECLINED'));
alter table application_co_applicant add column confirmation_note text;
alter table application_co_applicant add column confirmed_by text;
alter table application_co_applicant add column confirmed_at timestamptz;
alter table application_co_applicant add constraint declined_with_note
    check (confirmation <> 'DECLINED' or confirmation_note is not null);
