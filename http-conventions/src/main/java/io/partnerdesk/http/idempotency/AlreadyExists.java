package io.partnerdesk.http.idempotency;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

/**
 * Thrown out of a create whose resource exists at most once by nature (a request's link to a health issue, a tenant's
 * acknowledgement of a message) when it exists already: the create's transaction rolls back having written nothing
 * (no idempotency record either), and {@link #orExisting} answers 200 with the existing resource's view.
 */
public final class AlreadyExists extends RuntimeException {

    private final transient Object view;

    /** @param view the existing resource as the API shows it */
    public AlreadyExists(Object view) {
        super("already exists", null, false, false);
        this.view = view;
    }

    public Object view() {
        return view;
    }

    /** The create's answer (201, or a replay), or 200 with the existing resource when it threw this. */
    public static Response orExisting(Supplier<Response> create) {
        try {
            return create.get();
        } catch (AlreadyExists existing) {
            return Response.ok(existing.view()).build();
        }
    }
}
