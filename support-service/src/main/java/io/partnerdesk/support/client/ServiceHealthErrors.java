package io.partnerdesk.support.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Tells "no such issue" (final) apart from "messagecenter-service is failing" (transient). */
public class ServiceHealthErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 404) {
            return new HealthIssueNotFoundException();
        }
        return new DependencyFailureException("messagecenter-service", status);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
