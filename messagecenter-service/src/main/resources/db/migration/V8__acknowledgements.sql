-- A customer tenant's acknowledgement of a message that requires action (actionRequiredBy): one per tenant, made by
-- one of its users for the whole tenant, never changed afterwards.
create table message_acknowledgements (
    message_id              uuid          not null references messages (id),
    tenant_id               uuid          not null,
    acknowledged_by         varchar(255)  not null,
    acknowledged_by_subject varchar(255)  not null,
    note                    varchar(1000),
    acknowledged_at         timestamptz   not null,
    primary key (message_id, tenant_id)
);

-- The reminder sent to a tenant that had not acknowledged as the date neared: at most one per message and tenant,
-- whatever the number of replicas or restarts (the key decides; the reminder's own message is written with it).
create table message_reminders (
    message_id          uuid         not null references messages (id),
    tenant_id           uuid         not null,
    reminder_message_id uuid         not null references messages (id),
    reminded_at         timestamptz  not null,
    primary key (message_id, tenant_id)
);

-- The reminder job's question: which messages require action within the next few days.
create index messages_action_required on messages (action_required_by) where action_required_by is not null;
