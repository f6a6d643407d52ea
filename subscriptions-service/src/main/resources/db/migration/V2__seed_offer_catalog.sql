-- The catalog of Office 365 operated by 21Vianet offers that partners resell. Operators manage it through the API;
-- these are the offers every environment starts with.
insert into offers (id, name, product, unit_type, billing_cycles, min_quantity, max_quantity, trial_allowed,
                    created_at, updated_at, version)
values
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e01', 'Office 365 E1', 'Office 365', 'LICENSES', 'MONTHLY,ANNUAL', 1, 300, true,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02', 'Office 365 E3', 'Office 365', 'LICENSES', 'MONTHLY,ANNUAL', 1, 10000, true,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e03', 'Office 365 E5', 'Office 365', 'LICENSES', 'ANNUAL', 1, 10000, false,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e04', 'Microsoft 365 Business Basic', 'Microsoft 365', 'LICENSES', 'MONTHLY,ANNUAL', 1, 300, true,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e05', 'Microsoft 365 Business Standard', 'Microsoft 365', 'LICENSES', 'MONTHLY,ANNUAL', 1, 300, true,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e06', 'Exchange Online (Plan 1)', 'Exchange Online', 'LICENSES', 'MONTHLY,ANNUAL', 1, 50000, false,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0),
    ('6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e07', 'Office 365 Extra File Storage', 'SharePoint Online', 'GIGABYTES', 'MONTHLY', 1, 1000000, false,
     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0);
