-- The services and areas a support request can be about. Operators manage them through the API.
insert into support_topics (id, name, description, active, created_at, updated_at, version) values
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01', 'Exchange Online', 'Mail flow, mailboxes, calendars, Exchange admin center', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e02', 'SharePoint Online', 'Sites, OneDrive for Business, sharing, storage', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e03', 'Microsoft Teams', 'Chat, meetings, calling, Teams admin center', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e04', 'Microsoft Entra ID', 'Sign-in, users and groups, directory synchronisation, multifactor authentication', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e05', 'Office apps', 'Microsoft 365 Apps installation, activation and updates', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e06', 'Billing and subscriptions', 'Invoices, licences, subscription changes', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0);
