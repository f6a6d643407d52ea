-- The W3C traceparent of the change that wrote the event (null when none was traced, and for rows written before this
-- column): the relay's delivery continues that trace, so one trace id leads from the partner's call to the Message
-- Center's notification. 55 characters: version 00 of the format.
alter table event_outbox add column trace_parent varchar(55);
