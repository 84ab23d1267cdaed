-- Outgoing e-mail (module notification): a transactional outbox. A module queues a message in its own
-- transaction, so an accepted submission and its receipt commit (or roll back) together, and nothing is lost while
-- the mail server is down. Subject and body are rendered when queued, in the recipient's language, so the outbox
-- shows exactly what is (or will be) sent. Every node's dispatcher claims due rows with
-- "select ... for update skip locked", so two nodes never send the same message.
create table notification_outbox (
    id                bigserial   primary key,
    recipient_address text        not null,
    recipient_name    text,
    locale            text        not null check (locale in ('sv', 'en')),
    message_key       text        not null,
    subject           text        not null,
    body              text        not null,
    status            text        not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts          integer     not null default 0,
    queued_by         text        not null,
    queued_at         timestamptz not null,
    next_attempt_at   timestamptz not null,
    last_attempt_at   timestamptz,
    sent_at           timestamptz,
    last_error        text
);

-- what the dispatcher asks for: the due messages still waiting, oldest first
create index notification_outbox_due on notification_outbox (next_attempt_at, id) where status = 'QUEUED';
-- the administrator's outbox, newest first
create index notification_outbox_queued on notification_outbox (queued_at desc, id desc);

-- where a user's mail goes (receipts and letters); null: the user gets no e-mail
alter table user_account add column email text;
