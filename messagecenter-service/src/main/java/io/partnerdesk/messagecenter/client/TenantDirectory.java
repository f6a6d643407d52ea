package io.partnerdesk.messagecenter.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * The customer tenants subscriptions-service knows, read page by page. Bounded: at most {@link #MAX_TENANTS} are read
 * per question (a partner's customers, or everyone for a broadcast), so one question never turns into an unbounded
 * crawl; a directory larger than that is logged and the rest is left out.
 */
@ApplicationScoped
public class TenantDirectory {

    static final int PAGE = 200;
    public static final int MAX_TENANTS = 10_000;

    @Inject
    @RestClient
    TenantDirectoryClient client;

    /** Thrown when the directory cannot be read; nothing that depends on it is decided. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(Throwable cause) {
            super("subscriptions-service's tenant directory is unavailable: " + cause, null, false, false);
        }
    }

    /** Every customer tenant, or {@code partnerId}'s (null: all). */
    public List<DirectoryCustomer> customers(String partnerId) {
        List<DirectoryCustomer> all = new ArrayList<>();
        String cursor = null;
        try {
            do {
                DirectoryPage page = client.page(partnerId, PAGE, cursor);
                if (page == null || page.items() == null) {
                    break;
                }
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null && all.size() < MAX_TENANTS);
        } catch (RuntimeException e) {
            Log.warnf("Tenant directory (partner %s) could not be read: %s", partnerId, e.toString());
            throw new Unavailable(e);
        }
        if (cursor != null) {
            Log.warnf("Tenant directory (partner %s) has more than %d customers; the rest are left out", partnerId,
                    MAX_TENANTS);
        }
        return all.size() > MAX_TENANTS ? all.subList(0, MAX_TENANTS) : all;
    }
}
