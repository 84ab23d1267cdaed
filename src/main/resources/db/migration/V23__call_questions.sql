-- Questions and answers on a call: an applicant asks, an officer answers and publishes the answer on the call's
-- page for everyone (without the asker's name). The asker sees their own question until then.
create table call_question (
    id           bigserial   primary key,
    call_id      bigint      not null references funding_call (id),
    question     text        not null check (length(question) between 1 and 2000),
    asked_by     text        not null,
    asked_at     timestamptz not null,
    answer       text check (answer is null or length(answer) between 1 and 5000),
    answered_by  text,
    answered_at  timestamptz,
    version      bigint      not null default 0,
    check ((answer is null) = (answered_at is null))
);
create index call_question_call on call_question (call_id, id);
