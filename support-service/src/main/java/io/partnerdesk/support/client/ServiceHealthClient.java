package io.partnerdesk.support.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * messagecenter-service's health issues, read with the caller's token (every role reads service health). Bounded like
 * the customer directory: each attempt times out and a breaker stops calling a failing service for a while. Only the
 * read of one issue (a link being made, whose caller waits for the answer) is retried; the look-up that accompanies a
 * new support request is not, because the request is filed without it.
 */
@Timeout(value = 800, unit = ChronoUnit.MILLIS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = { ProcessingException.class, TimeoutException.class, DependencyFailureException.class })
@RegisterRestClient(configKey = "messagecenter-service")
@RegisterProvider(BearerTokenForwarding.class)
@RegisterProvider(ServiceHealthErrors.class)
@Path("/api/v1/service-health/issues")
public interface ServiceHealthClient {

    /** The open issues of one service, oldest first; {@code limit} bounds the answer (no further pages are read). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    HealthIssuePage openIssues(@QueryParam("service") String service, @QueryParam("resolved") boolean resolved,
            @QueryParam("limit") int limit);

    @GET
    @Path("/{issueId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 1, delay = 100, jitter = 100, maxDuration = 3000,
            retryOn = { ProcessingException.class, TimeoutException.class, DependencyFailureException.class },
            abortOn = HealthIssueNotFoundException.class)
    HealthIssueRecord issue(@PathParam("issueId") UUID issueId);
}
