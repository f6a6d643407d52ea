-- Support requests know about service-health incidents (issue 21).

-- The service whose health a topic's requests depend on, as messagecenter-service names it: a request filed on the
-- topic is told of that service's open health issues. Null: no service health to look up (the topic is not a service).
alter table support_topics add column health_service varchar(100);
update support_topics set health_service = case id
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01' then 'Exchange Online'
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e02' then 'SharePoint Online'
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e03' then 'Microsoft Teams'
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e04' then 'Microsoft Entra ID'
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e05' then 'Microsoft 365 Apps'
    when '7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e06' then 'Partner Center'
end;

-- A request linked to a health issue (messagecenter-service's id; the service and title as they were when linked).
-- resolution_noted_at: when the issue's resolution was noted on the request, once.
create table support_request_health_issues (
    support_request_id  uuid          not null references support_requests (id),
    health_issue_id     uuid          not null,
    service             varchar(100)  not null,
    title               varchar(200)  not null,
    linked_by           varchar(255)  not null,
    linked_by_role      varchar(40)   not null,
    linked_at           timestamptz   not null,
    resolution_noted_at timestamptz,
    primary key (support_request_id, health_issue_id)
);
-- The requests of one issue, in the order they were linked (the engineers' list, the resolution's fan-out).
create index support_request_health_issues_by_issue on support_request_health_issues (health_issue_id, linked_at, support_request_id);

-- Events from messagecenter-service's outbox processed once each (delivery is at least once).
create table processed_events (
    event_id     uuid         primary key,
    type         varchar(60)  not null,
    processed_at timestamptz  not null
);
