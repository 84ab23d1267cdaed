-- A completion request (komplettering): screening reopens named parts of a submitted application, with a message
-- saying what to complete and a last day of its own. Only the named parts (ApplicationSection names) may change,
-- and the completion is accepted until the end of the deadline day (Stockholm time). A request is never deleted;
-- answered_at is set when the applicant submits the completion. At most one request is open at a time.
create table application_completion_request (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references application (id),
    sections       text[]      not null check (cardinality(sections) > 0),
    message        text        not null check (length(message) between 1 and 8000),
    deadline       date        not null,
    requested_by   text        not null,
    requested_at   timestamptz not null,
    answered_at    timestamptz,
    answered_by    text,
    check ((answered_at is null) = (answered_by is null))
);

create index application_completion_request_by_application on application_completion_request (application_id);

create unique index application_completion_request_one_open on application_completion_request (application_id)
    where answered_at is null;
