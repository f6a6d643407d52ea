-- Operators repair the outbox (list, retry, discard) and see when delivery was tried; a discarded row is kept for
-- audit and never delivered.
alter table event_outbox
    add column first_attempt_at  timestamptz,
    add column last_attempt_at   timestamptz,
    -- Attempts before an operator's last retry: the count starts again, the history stays.
    add column previous_attempts integer       not null default 0,
    add column resolved_by       varchar(255),
    add column resolution        varchar(1000),
    add column resolved_at       timestamptz;
alter table event_outbox drop constraint event_outbox_status;
alter table event_outbox add constraint event_outbox_status
    check (status in ('PENDING', 'DELIVERED', 'PARKED', 'DISCARDED'));
