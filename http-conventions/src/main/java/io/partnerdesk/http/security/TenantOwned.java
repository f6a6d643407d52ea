package io.partnerdesk.http.security;

import java.util.UUID;

/**
 * A record that belongs to one customer tenant and is managed by that tenant's partner. Implemented by the
 * entities whose access {@link Caller} decides.
 */
public interface TenantOwned {

    /** The partner that manages the tenant. */
    String ownerPartnerId();

    /** The customer tenant the record is about. */
    UUID ownerTenantId();
}
