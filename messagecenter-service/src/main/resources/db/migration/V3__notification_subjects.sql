-- A notification names what it is about: the subject's type, id, the name a person knows it by, and its API path.
alter table messages
    add column subject_type varchar(40),
    add column subject_id   varchar(100),
    add column subject_name varchar(200),
    add column subject_link varchar(300);
create index messages_subject on messages (subject_type, subject_id) where subject_type is not null;
