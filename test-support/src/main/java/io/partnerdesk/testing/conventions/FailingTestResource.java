package io.partnerdesk.testing.conventions;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.Authenticated;

/**
 * Test-only route that fails the way a bug would, to prove that no internals reach the client. Hidden from OpenAPI;
 * in every service's tests because test-support is a bean archive (META-INF/beans.xml), never in a packaged service.
 */
@Path("/test-only/failure")
public class FailingTestResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("select password from secret_table: org.postgresql.util.PSQLException");
    }
}
