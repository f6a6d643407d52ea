package io.partnerdesk.messagecenter.client;

import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * subscriptions-service's tenant directory ({@code GET /internal/v1/customers}, role service). Bounded: each page read
 * times out, a failed read is retried once with jitter (a GET is safe to repeat), and a breaker stops calling a
 * failing service for a while so that callers get their 503 at once instead of waiting.
 */
@Timeout(value = 2000, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 100, jitter = 100, maxDuration = 5000,
        retryOn = { ProcessingException.class, TimeoutException.class, WebApplicationException.class })
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2)
@RegisterRestClient(configKey = "subscriptions-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/internal/v1/customers")
public interface TenantDirectoryClient {

    /** One page of every customer, or of one partner's ({@code partnerId} null: all). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    DirectoryPage page(@QueryParam("partnerId") String partnerId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);
}
