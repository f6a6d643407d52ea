-- Topic names are unique ignoring case, as the service checks them; the index decides between two parallel creates.
alter table support_topics drop constraint support_topics_name_unique;
create unique index support_topics_name_unique on support_topics (lower(name));
