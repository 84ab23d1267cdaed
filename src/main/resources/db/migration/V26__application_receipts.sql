-- The receipt of each submission of an application (the first submission and each completion): the registration
-- number, when and by whom it was submitted, the answer date promised from the call version's handling time, and
-- a PDF copy of the application as it was submitted (tagged, PDF/UA). Written once, never changed.
create table application_receipt (
    id                  bigint generated always as identity primary key,
    application_id      bigint      not null references application (id),
    -- 1 for the first submission, then 2, 3 … for each completion
    number              int         not null check (number > 0),
    registration_number text        not null,
    completion          boolean     not null,
    submitted_at        timestamptz not null,
    submitted_by        text        not null,
    expected_answer_on  date,
    pdf                 bytea       not null,
    unique (application_id, number)
);

create trigger application_receipt_immutable
    before update or delete on application_receipt
    for each row execute function forbid_change();
