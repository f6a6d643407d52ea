-- Support topics, support requests with their SLA clock, notes (shared and internal) and the timeline of every change.

create table support_topics (
    id          uuid primary key,
    name        varchar(100) not null,
    description varchar(500) not null,
    active      boolean      not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    constraint support_topics_name_unique unique (name)
);
create index support_topics_page on support_topics (created_at, id);

-- Human-readable request numbers (SR-000123), never reused.
create sequence support_request_numbers start with 1000;

create table support_requests (
    id                     uuid primary key,
    number                 bigint         not null unique,
    customer_id            uuid           not null,
    partner_id             varchar(100)   not null,
    topic_id               uuid           not null references support_topics (id),
    title                  varchar(200)   not null,
    description            varchar(10000) not null,
    severity               varchar(1)     not null,
    status                 varchar(20)    not null,
    contact_name           varchar(200)   not null,
    contact_email          varchar(254)   not null,
    contact_phone          varchar(40),
    steps_taken            varchar(5000)  not null,
    customer_impact        varchar(2000),
    assignee               varchar(255),
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    first_response_due_at  timestamptz    not null,
    first_responded_at     timestamptz,
    resolved_at            timestamptz,
    closed_at              timestamptz,
    version                bigint         not null
);
create index support_requests_page on support_requests (created_at, id);
create index support_requests_partner_page on support_requests (partner_id, created_at, id);
create index support_requests_customer_page on support_requests (customer_id, created_at, id);
-- Engineers' queue: requests still waiting for a first response, by due time.
create index support_requests_awaiting_response on support_requests (first_response_due_at) where first_responded_at is null;

create table support_request_notes (
    id          uuid primary key,
    request_id  uuid           not null references support_requests (id),
    author      varchar(255)   not null,
    author_role varchar(40)    not null,
    visibility  varchar(10)    not null,
    text        varchar(10000) not null,
    created_at  timestamptz    not null
);
create index support_request_notes_page on support_request_notes (request_id, created_at, id);

create table support_request_events (
    id          uuid primary key,
    request_id  uuid          not null references support_requests (id),
    actor       varchar(255)  not null,
    actor_role  varchar(40)   not null,
    type        varchar(40)   not null,
    detail      varchar(2000) not null,
    visibility  varchar(10)   not null,
    created_at  timestamptz   not null
);
create index support_request_events_page on support_request_events (request_id, created_at, id);
