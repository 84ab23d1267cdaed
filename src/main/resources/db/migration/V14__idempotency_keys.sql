-- shared (API): a creating request sent with an Idempotency-Key is done once per user and key. The row is
-- written (status null: in flight) before the request runs and completed with the response, which a repeat
-- of the same request replays; a different request under the same key is refused. Keys expire after 24 hours
-- (technical time: the database's now()).
create table idempotency_key (
    username        text        not null,
    idempotency_key text        not null check (length(idempotency_key) between 1 and 255),
    request_hash    text        not null,
    created_at      timestamptz not null default now(),
    status          int,
    location        text,
    content_type    text,
    body            bytea,
    primary key (username, idempotency_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
