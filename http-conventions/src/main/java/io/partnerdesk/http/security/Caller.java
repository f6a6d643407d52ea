package io.partnerdesk.http.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.http.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, read once from the verified access token: subject, roles (from {@code groups}), and the
 * {@code partner_id} / {@code tenant_id} claims. This is the one place that decides whether the caller is the
 * owning partner or the customer of a record; resources call {@link #requireReadable} and
 * {@link #requireWritable} rather than comparing claims themselves.
 */
@RequestScoped
public class Caller {

    public static final String PARTNER_ID_CLAIM = "partner_id";
    public static final String TENANT_ID_CLAIM = "tenant_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The token's subject, stable per user or service account. */
    public String subject() {
        return token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
    }

    /** A readable name for logs and history: the preferred user name, else the subject. */
    public String displayName() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : subject();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isPartner() {
        return hasRole(Roles.PARTNER);
    }

    public boolean isCustomer() {
        return hasRole(Roles.CUSTOMER);
    }

    /**
     * The role under which the caller acts, for history records. A token with several PartnerDesk roles is
     * recorded under the most privileged one that applies to tenant data.
     */
    public String primaryRole() {
        for (String role : new String[]{ Roles.OPERATOR, Roles.SUPPORT_ENGINEER, Roles.PARTNER, Roles.CUSTOMER,
                Roles.SERVICE }) {
            if (hasRole(role)) {
                return role;
            }
        }
        return "unknown";
    }

    public Optional<String> partnerId() {
        String value = token.getClaim(PARTNER_ID_CLAIM);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public Optional<UUID> tenantId() {
        String value = token.getClaim(TENANT_ID_CLAIM);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The partner id of a partner caller; a partner token without one cannot act on partner data (403). */
    public String requirePartnerId() {
        return partnerId().orElseThrow(() -> Problems.forbidden(
                "Your token has the partner role but no partner_id claim; ask your administrator to fix the client."));
    }

    /** The tenant id of a customer caller; a customer token without a valid one cannot read tenant data (403). */
    public UUID requireTenantId() {
        return tenantId().orElseThrow(() -> Problems.forbidden(
                "Your token has the customer role but no valid tenant_id claim."));
    }

    /** True when the caller is the partner that manages the record's tenant. */
    public boolean isOwningPartner(TenantOwned record) {
        return isPartner() && partnerId().map(record.ownerPartnerId()::equals).orElse(false);
    }

    /** True when the caller is the customer tenant the record is about. */
    public boolean isOwnTenant(TenantOwned record) {
        return isCustomer() && tenantId().map(record.ownerTenantId()::equals).orElse(false);
    }

    /** Partner of the tenant or the tenant itself. */
    public boolean canRead(TenantOwned record) {
        return isOwningPartner(record) || isOwnTenant(record);
    }

    /**
     * The record, if the caller may read it; otherwise 404, the same answer as for a record that does not exist,
     * so that nobody learns about other tenants' records.
     */
    public <T extends TenantOwned> T requireReadable(T record, String what, Object id) {
        if (record == null || !canRead(record)) {
            throw Problems.notFound(what, id);
        }
        return record;
    }

    /**
     * The record, if the caller is its owning partner. A reader who may see the record but not change it gets the
     * 403 problem from {@code readerRefusal}; anyone else a 404.
     */
    public <T extends TenantOwned> T requireWritable(T record, String what, Object id,
            Supplier<ProblemException> readerRefusal) {
        requireReadable(record, what, id);
        if (!isOwningPartner(record)) {
            throw readerRefusal.get();
        }
        return record;
    }
}
