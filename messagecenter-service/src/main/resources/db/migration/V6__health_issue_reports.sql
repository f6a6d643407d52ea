-- The post-incident report of a health issue: Markdown an operator writes after the fact, one per issue, replaced
-- with If-Match. Corrections of the issue itself (title, impact, classification, feature) need no schema change.
create table health_issue_reports (
    issue_id    uuid primary key references health_issues (id),
    markdown    text         not null,
    author      varchar(255) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
