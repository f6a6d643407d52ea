-- "Mark all read" as one row per user: every message created up to read_before counts as read, unless the user
-- changed that message's own read flag after marked_at (message_states.updated_at).
create table read_marks (
    user_id     varchar(255) primary key,
    read_before timestamptz  not null,
    marked_at   timestamptz  not null
);

-- When the user last set a message's read flag itself (archive or favorite do not count): such a choice made after a
-- "mark all read" wins over it.
alter table message_states add column read_changed_at timestamptz;
update message_states set read_changed_at = updated_at;
