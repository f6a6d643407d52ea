-- Offer names are unique ignoring case, as the service checks them; the index decides between two parallel creates.
alter table offers drop constraint offers_name_unique;
create unique index offers_name_unique on offers (lower(name));
