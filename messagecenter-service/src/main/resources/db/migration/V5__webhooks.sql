-- Partner webhooks: endpoints that partners (or a customer, for its own tenant) register, the events kept for replay,
-- and every delivery with its attempts.

create table webhooks (
    id                          uuid primary key,
    -- The owner: a partner (partner_id) or a customer tenant (tenant_id), never both.
    owner_kind                  varchar(10)   not null check (owner_kind in ('PARTNER', 'CUSTOMER')),
    partner_id                  varchar(100),
    tenant_id                   uuid,
    url                         varchar(2048) not null,
    description                 varchar(200),
    enabled                     boolean       not null,
    disabled_reason             varchar(500),
    -- HMAC keys (whsec_...). During a rotation the previous one signs alongside until previous_secret_expires_at.
    secret                      varchar(100)  not null,
    previous_secret             varchar(100),
    previous_secret_expires_at  timestamptz,
    created_by                  varchar(100)  not null,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     bigint        not null default 0,
    check ((owner_kind = 'PARTNER' and partner_id is not null and tenant_id is null)
        or (owner_kind = 'CUSTOMER' and tenant_id is not null and partner_id is null))
);
create index webhooks_by_partner on webhooks (partner_id, created_at, id) where partner_id is not null;
create index webhooks_by_tenant on webhooks (tenant_id, created_at, id) where tenant_id is not null;

create table webhook_event_types (
    webhook_id  uuid        not null references webhooks (id) on delete cascade,
    event_type  varchar(60) not null,
    primary key (webhook_id, event_type)
);

-- Empty: every customer of the partner.
create table webhook_customers (
    webhook_id   uuid not null references webhooks (id) on delete cascade,
    customer_id  uuid not null,
    primary key (webhook_id, customer_id)
);

-- Every event a webhook could carry, kept for replay (7 days by default). Who may see it: the partner and tenant it
-- is about, or, for a broadcast (a message, a health issue), an audience.
create table webhook_events (
    event_id       uuid primary key,
    type           varchar(60)  not null,
    occurred_at    timestamptz  not null,
    partner_id     varchar(100),
    tenant_id      uuid,
    audience_type  varchar(20),
    audience_ids   text,
    subject_key    varchar(150) not null,
    body           text         not null
);
create index webhook_events_by_time on webhook_events (occurred_at);

create table webhook_deliveries (
    seq              bigserial primary key,
    id               uuid         not null unique,
    webhook_id       uuid         not null references webhooks (id) on delete cascade,
    event_id         uuid         not null,
    event_type       varchar(60)  not null,
    -- Deliveries of one subject to one webhook go in order: only the oldest pending one is ever sent.
    subject_key      varchar(150) not null,
    body             text         not null,
    state            varchar(10)  not null check (state in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    finished_at      timestamptz,
    last_error       varchar(500),
    -- True for webhook.test: one attempt, never retried, never disables the webhook.
    single_attempt   boolean      not null default false,
    claimed_by       varchar(120),
    claimed_until    timestamptz,
    created_at       timestamptz  not null
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at, seq) where state = 'PENDING';
create index webhook_deliveries_queue on webhook_deliveries (webhook_id, subject_key, seq) where state = 'PENDING';
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at, id);
create index webhook_deliveries_finished on webhook_deliveries (finished_at) where state <> 'PENDING';

create table webhook_delivery_attempts (
    delivery_id   uuid        not null references webhook_deliveries (id) on delete cascade,
    attempt       integer     not null,
    attempted_at  timestamptz not null,
    status_code   integer,
    error         varchar(500),
    latency_ms    bigint      not null,
    primary key (delivery_id, attempt)
);
