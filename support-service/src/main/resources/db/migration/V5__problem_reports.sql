-- Problem reports: a customer tells its partner about a problem; the partner works it, resolves it or escalates it
-- to 21Vianet as a support request (linked both ways). Notes are shared with the customer or internal to the partner.

-- Human-readable report numbers (PR-001000), never reused.
create sequence problem_report_numbers start with 1000;

create table problem_reports (
    id                       uuid primary key,
    number                   bigint         not null unique,
    customer_id              uuid           not null,
    partner_id               varchar(100)   not null,
    customer_name            varchar(200)   not null,
    title                    varchar(200)   not null,
    description              varchar(10000) not null,
    service_name             varchar(100),
    subscription_id          uuid,
    impact                   varchar(20)    not null,
    contact_name             varchar(200)   not null,
    contact_email            varchar(254)   not null,
    contact_phone            varchar(40),
    occurred_at              timestamptz,
    status                   varchar(20)    not null,
    resolution               varchar(5000),
    support_request_id       uuid unique references support_requests (id),
    created_at               timestamptz    not null,
    updated_at               timestamptz    not null,
    -- From the partner's support profile at filing time: its response target counted in its stated hours.
    -- Null when the partner had not published a profile.
    partner_response_due_at  timestamptz,
    partner_responded_at     timestamptz,
    resolved_at              timestamptz,
    closed_at                timestamptz,
    version                  bigint         not null
);
create index problem_reports_page on problem_reports (created_at, id);
create index problem_reports_partner_page on problem_reports (partner_id, created_at, id);
create index problem_reports_customer_page on problem_reports (customer_id, created_at, id);

-- The escalation's side of the link: the support request a report became.
alter table support_requests add column problem_report_id uuid unique references problem_reports (id);

create table problem_report_notes (
    id                       uuid primary key,
    report_id                uuid           not null references problem_reports (id),
    author                   varchar(255)   not null,
    author_role              varchar(40)    not null,
    -- shared: customer and partner; internal: the partner's own.
    visibility               varchar(10)    not null,
    text                     varchar(10000) not null,
    -- Set on a copy of the escalation's shared note, so that the customer reads 21Vianet's answers on its report.
    support_request_note_id  uuid unique references support_request_notes (id),
    created_at               timestamptz    not null
);
create index problem_report_notes_page on problem_report_notes (report_id, created_at, id);

create table problem_report_events (
    id          uuid primary key,
    report_id   uuid          not null references problem_reports (id),
    actor       varchar(255)  not null,
    actor_role  varchar(40)   not null,
    type        varchar(40)   not null,
    detail      varchar(2000) not null,
    visibility  varchar(10)   not null,
    created_at  timestamptz   not null
);
create index problem_report_events_page on problem_report_events (report_id, created_at, id);
