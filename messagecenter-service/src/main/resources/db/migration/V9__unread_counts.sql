-- A user's unread count, kept instead of counted per call (issue 22: at 100,000 of a customer's messages, counting took
-- 700 ms). A checkpoint holds the count over the "plain" messages created before counted_before: messages without an end
-- and visible from their creation on (ends_at is null and starts_at <= created_at). For those, only the user's own
-- actions change what counts, and each action adjusts the checkpoint in its own transaction (MessageService.apply).
-- Messages created since, and windowed ones (an end, or a later start), are counted per call over short index ranges.
create table unread_counts (
    user_id        varchar(255) primary key,
    -- Who the user read as (kind and tenant or partner): a user seen as someone else is counted again.
    reader_key     varchar(300) not null,
    counted_before timestamptz  not null,
    unread         bigint       not null,
    -- message_generation.value when counted; -1 forces a recount (a new read mark).
    generation     bigint       not null,
    updated_at     timestamptz  not null
);

-- Moves whenever an existing message is changed or deleted (audience, window, anything): every checkpoint counted
-- before is then stale and is counted again on its next read. Operators change messages rarely; users read often.
create table message_generation (
    id    smallint primary key check (id = 1),
    value bigint   not null
);
insert into message_generation (id, value) values (1, 0);

create function bump_message_generation() returns trigger language plpgsql as $$
begin
    update message_generation set value = value + 1 where id = 1;
    return null;
end;
$$;

-- Statement triggers: every path that changes or deletes a message, now or later, invalidates the checkpoints.
-- A message's audience list is only ever changed with its row (its version moves), so the row's trigger covers it.
create trigger messages_changed after update or delete on messages
    for each statement execute function bump_message_generation();

create index messages_windowed on messages (created_at) where ends_at is not null or starts_at > created_at;

-- A reader's list, newest first, must not cost more as its history grows (issue 22: at 100,000 of a customer's
-- messages the first page took 75-130 ms, spent hashing every message id listed for the customer). Messages listed for
-- a tenant or partner are now read in the order of their audience rows, which carry the message's creation time; the
-- messages for everyone or a whole group are read through their own index; MessageSearch merges the two pages.
alter table message_audience_members add column created_at timestamptz;
update message_audience_members a set created_at = m.created_at from messages m where m.id = a.message_id;
alter table message_audience_members alter column created_at set not null;

-- Hibernate writes the audience as an element collection (message id, member id): the row takes its time from the
-- message, written just before it in the same flush. A message's creation time never changes.
create function audience_member_created_at() returns trigger language plpgsql as $$
begin
    select m.created_at into strict new.created_at from messages m where m.id = new.message_id;
    return new;
end;
$$;
create trigger audience_member_created_at before insert on message_audience_members
    for each row execute function audience_member_created_at();

create index message_audience_members_page on message_audience_members (member_id, created_at desc, message_id desc);
create index messages_by_audience_page on messages (audience_type, created_at desc, id desc);
