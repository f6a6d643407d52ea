-- Planned maintenance of a service: a window an operator announces. Its status (scheduled, inProgress, completed)
-- follows the clock and is never stored; cancelled_at is the operator's only move. message_id is the Message Center
-- announcement published with it.
create table maintenances (
    id            uuid primary key,
    service       varchar(100)  not null references health_services (name),
    title         varchar(200)  not null,
    description   varchar(5000) not null,
    impact        varchar(2000) not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    cancelled_at  timestamptz,
    cancel_reason varchar(1000),
    message_id    uuid          not null references messages (id),
    created_by    varchar(255)  not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    version       bigint        not null,
    constraint maintenances_window check (ends_at > starts_at)
);
create index maintenances_page on maintenances (created_at, id);
-- The overview's question: which services have a window open now.
create index maintenances_open on maintenances (service, starts_at, ends_at) where cancelled_at is null;
