-- Message Center: messages and their audience, each user's view state, service health, processed events.

create table messages (
    id                  uuid primary key,
    title               varchar(200)   not null,
    body                varchar(20000) not null,
    category            varchar(30)    not null,
    severity            varchar(20)    not null,
    is_major_change     boolean        not null,
    action_required_by  timestamptz,
    starts_at           timestamptz    not null,
    ends_at             timestamptz,
    audience_type       varchar(20)    not null,
    kind                varchar(20)    not null,
    -- The event a notification was made from; null for announcements.
    source_event_id     uuid,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null
);
create index messages_page on messages (created_at desc, id desc);
create index messages_source_event on messages (source_event_id) where source_event_id is not null;

create table message_services (
    message_id uuid         not null references messages (id) on delete cascade,
    service    varchar(100) not null,
    primary key (message_id, service)
);
create index message_services_by_service on message_services (service, message_id);

create table message_tags (
    message_id uuid        not null references messages (id) on delete cascade,
    tag        varchar(50) not null,
    primary key (message_id, tag)
);
create index message_tags_by_tag on message_tags (tag, message_id);

-- Tenant ids or partner ids, for audiences of type tenants or partnerIds.
create table message_audience_members (
    message_id uuid         not null references messages (id) on delete cascade,
    member_id  varchar(100) not null,
    primary key (message_id, member_id)
);
create index message_audience_members_by_member on message_audience_members (member_id, message_id);

-- Each user's own view of a message; no row means unread, not archived, not a favorite.
create table message_states (
    message_id  uuid         not null references messages (id) on delete cascade,
    user_id     varchar(255) not null,
    is_read     boolean      not null,
    is_archived boolean      not null,
    is_favorite boolean      not null,
    updated_at  timestamptz  not null,
    primary key (message_id, user_id)
);
create index message_states_by_user on message_states (user_id, message_id);

-- Events already turned into notifications: redelivery is answered from here and changes nothing.
create table processed_events (
    event_id     uuid primary key,
    type         varchar(60) not null,
    message_ids  varchar(400) not null,
    processed_at timestamptz not null
);

create table health_services (
    name       varchar(100) primary key,
    status     varchar(40)  not null,
    updated_at timestamptz  not null
);

create table health_issues (
    id                 uuid primary key,
    service            varchar(100)  not null references health_services (name),
    title              varchar(200)  not null,
    impact_description varchar(5000) not null,
    classification     varchar(20)   not null,
    status             varchar(40)   not null,
    feature            varchar(100),
    resolved           boolean       not null,
    started_at         timestamptz   not null,
    resolved_at        timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null
);
create index health_issues_page on health_issues (created_at, id);
create index health_issues_open_by_service on health_issues (service, updated_at) where not resolved;

create table health_issue_posts (
    id         uuid primary key,
    issue_id   uuid          not null references health_issues (id),
    author     varchar(255)  not null,
    text       varchar(10000) not null,
    status     varchar(40),
    created_at timestamptz   not null
);
create index health_issue_posts_page on health_issue_posts (issue_id, created_at, id);
