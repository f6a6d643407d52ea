-- The services whose health the Message Center reports, all operational to begin with.
insert into health_services (name, status, updated_at) values
    ('Exchange Online', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('SharePoint Online', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('Microsoft Teams', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('Microsoft Entra ID', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('OneDrive for Business', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('Microsoft 365 Apps', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z'),
    ('Partner Center', 'SERVICE_OPERATIONAL', '2026-01-01T00:00:00Z');
