-- The event outbox of a service that emits events (see the outbox module). A row is written in the transaction of
-- the change that caused it and delivered by the relay at least once; the consumer is idempotent by event_id.
-- Shared migrations are numbered 0.x so that they never collide with a service's own (1, 2, ...); services run
-- Flyway with out-of-order enabled so that a shared migration added later still applies to an existing database.
create table event_outbox (
    seq             bigint generated always as identity primary key,
    event_id        uuid          not null unique,
    type            varchar(60)   not null,
    -- kind:id of what the event is about; events of one subject are delivered oldest first, one at a time.
    subject_key     varchar(141)  not null,
    -- The envelope exactly as POSTed to the consumer.
    payload         jsonb         not null,
    status          varchar(10)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    -- A relay's lease on the row while it delivers it; an expired lease (a relay that died) frees the row again.
    claimed_by      varchar(100),
    claimed_until   timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    parked_at       timestamptz,
    constraint event_outbox_status check (status in ('PENDING', 'DELIVERED', 'PARKED'))
);
-- The relay's claim: pending rows oldest first, and the head of each subject's queue.
create index event_outbox_pending on event_outbox (seq) where status = 'PENDING';
create index event_outbox_pending_subject on event_outbox (subject_key, seq) where status = 'PENDING';
create index event_outbox_pending_age on event_outbox (created_at) where status = 'PENDING';
-- Pruning of delivered rows, and the operators' view of parked ones.
create index event_outbox_delivered on event_outbox (delivered_at) where status = 'DELIVERED';
create index event_outbox_parked on event_outbox (parked_at) where status = 'PARKED';
