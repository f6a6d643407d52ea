-- Offers, customers, subscriptions, their change history and customers' change requests.
-- Every list is paged by (created_at, id); the indexes below serve those keyset scans per owner.

create table offers (
    id             uuid primary key,
    name           varchar(200) not null,
    product        varchar(200) not null,
    unit_type      varchar(20)  not null,
    billing_cycles varchar(40)  not null,
    min_quantity   integer      not null,
    max_quantity   integer      not null,
    trial_allowed  boolean      not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    constraint offers_name_unique unique (name),
    constraint offers_quantity_bounds check (min_quantity >= 1 and max_quantity >= min_quantity)
);
create index offers_page on offers (created_at, id);

create table customers (
    id            uuid primary key,
    partner_id    varchar(100) not null,
    company_name  varchar(200) not null,
    domain        varchar(253) not null,
    billing_email varchar(254) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
create unique index customers_domain_unique on customers (lower(domain));
create index customers_partner_page on customers (partner_id, created_at, id);

create table subscriptions (
    id                         uuid primary key,
    customer_id                uuid         not null references customers (id),
    -- Copied from the customer (a customer never changes partner) so that ownership needs no join.
    partner_id                 varchar(100) not null,
    offer_id                   uuid         not null references offers (id),
    friendly_name              varchar(200) not null,
    quantity                   integer      not null check (quantity >= 1),
    billing_cycle              varchar(20)  not null,
    auto_renew_enabled         boolean      not null,
    status                     varchar(20)  not null,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null,
    term_ends_at               timestamptz  not null,
    cancellation_allowed_until timestamptz  not null,
    version                    bigint       not null
);
create index subscriptions_customer_page on subscriptions (customer_id, created_at, id);

create table subscription_changes (
    id                uuid primary key,
    subscription_id   uuid         not null references subscriptions (id),
    actor             varchar(255) not null,
    actor_role        varchar(40)  not null,
    field             varchar(40)  not null,
    old_value         varchar(255),
    new_value         varchar(255),
    change_request_id uuid,
    created_at        timestamptz  not null
);
create index subscription_changes_page on subscription_changes (subscription_id, created_at, id);

create table change_requests (
    id                 uuid primary key,
    subscription_id    uuid          not null references subscriptions (id),
    customer_id        uuid          not null references customers (id),
    partner_id         varchar(100)  not null,
    requested_by       varchar(255)  not null,
    quantity           integer,
    auto_renew_enabled boolean,
    cancel             boolean       not null,
    reason             varchar(1000) not null,
    status             varchar(20)   not null,
    decided_by         varchar(255),
    decided_at         timestamptz,
    decision_reason    varchar(1000),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null
);
-- A subscription has at most one pending request: the partner decides on one clear ask at a time.
create unique index change_requests_one_pending on change_requests (subscription_id) where status = 'PENDING';
create index change_requests_partner_page on change_requests (partner_id, created_at, id);
create index change_requests_customer_page on change_requests (customer_id, created_at, id);
