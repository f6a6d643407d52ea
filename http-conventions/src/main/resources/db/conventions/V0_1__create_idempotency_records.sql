-- Responses of creating POSTs, kept per caller and Idempotency-Key so that a retry replays the first answer.
-- Shipped by http-conventions and applied by every service's Flyway (location db/conventions).
create table idempotency_records (
    owner             varchar(255) not null,
    idempotency_key   varchar(255) not null,
    fingerprint       char(64)     not null,
    response_status   integer      not null,
    response_location text,
    response_etag     varchar(100),
    response_body     text         not null,
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    primary key (owner, idempotency_key)
);

create index idempotency_records_expires_at on idempotency_records (expires_at);
