package io.partnerdesk.support.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Tells "not yours" (final) apart from "subscriptions-service is failing" (transient). */
public class CustomerDirectoryErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 404 || status == 403) {
            return new CustomerNotVisibleException(status);
        }
        return new DependencyFailureException("subscriptions-service", status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
