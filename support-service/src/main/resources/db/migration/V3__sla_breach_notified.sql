-- When the partner was told that a request missed its first-response target (support-request.sla-breached).
-- Set once, by SlaBreachWatch, in the transaction that writes the event; not part of the request's version.
alter table support_requests add column sla_breach_notified_at timestamptz;
-- The watch's search: waiting for a first response, not yet reported.
create index support_requests_breach_watch on support_requests (first_response_due_at)
    where first_responded_at is null and sla_breach_notified_at is null;
