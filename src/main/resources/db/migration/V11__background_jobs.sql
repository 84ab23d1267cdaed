-- jobs: background jobs that survive a restart and run on any one of several nodes. A node claims a queued
-- job with `for update skip locked`, writes its node id and refreshes `heartbeat_at` (database time, so
-- the nodes' clocks do not matter) while the job runs; a running job whose heartbeat is older than the
-- timeout belonged to a node that stopped and is re-queued (restartable) or marked INTERRUPTED.
create table background_job (
    id                bigserial primary key,
    kind              text             not null,
    title             text             not null,
    owner_username    text             not null,
    parameters        jsonb            not null default '{}',
    status            text             not null default 'QUEUED'
                      check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED')),
    progress          double precision not null default 0 check (progress >= 0 and progress <= 1),
    -- what the handler last said (its own words), or a message key of the jobs module with arguments
    message           text,
    message_key       text,
    message_args      jsonb,
    attempts          int              not null default 0,
    -- the handler's answer when the job was claimed: may an interrupted attempt be run again from scratch
    restartable       boolean          not null default false,
    cancel_requested  boolean          not null default false,
    node              text,
    submitted_at      timestamptz      not null default now(),
    started_at        timestamptz,
    heartbeat_at      timestamptz,
    finished_at       timestamptz,
    result_json       jsonb,
    file_name         text,
    file_content_type text,
    file_content      bytea,
    check (status <> 'RUNNING' or (node is not null and heartbeat_at is not null)),
    check ((file_name is null) = (file_content is null))
);
create index background_job_queue on background_job (submitted_at, id) where status = 'QUEUED';
create index background_job_running on background_job (heartbeat_at) where status = 'RUNNING';
create index background_job_owner on background_job (owner_username, submitted_at desc);
