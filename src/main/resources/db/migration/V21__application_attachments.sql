-- Attachments to an application. A row is never deleted: removing an attachment marks it (removed_at, removed_by),
-- so what the applicant once handed in stays in the record; only the current ones are shown.
-- The content lives in the store named by `store`: 'database' (application_attachment_content below, the default)
-- or 'filesystem' (a directory, sif.attachments.directory). Either way it is addressed by its SHA-256, so the same
-- file uploaded twice is stored once and a row can always be checked against what it points to.
create table application_attachment (
    id             bigint generated always as identity primary key,
    application_id bigint      not null references application (id),
    -- as the applicant named it, without path, control characters or surrounding blanks (for display and download)
    file_name      text        not null check (length(file_name) between 1 and 255),
    -- the type found in the content (never the name's or the browser's claim)
    media_type     text        not null,
    size_bytes     bigint      not null check (size_bytes > 0),
    sha256         char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    store          text        not null check (store in ('database', 'filesystem')),
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null,
    removed_by     text,
    removed_at     timestamptz,
    check ((removed_by is null) = (removed_at is null))
);

create index application_attachment_by_application on application_attachment (application_id);

-- The database store: one row per distinct content, written once and never changed.
create table application_attachment_content (
    sha256  char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content bytea    not null
);

create trigger application_attachment_content_immutable
    before update or delete on application_attachment_content
    for each row execute function forbid_change();
