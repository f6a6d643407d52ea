package io.partnerdesk.support.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * subscriptions-service's customers, read with the caller's token. Bounded, each read alike (the annotations sit on
 * the interface, so every method has them, and a breaker of its own): each attempt times out, a failed or timed-out
 * read is retried once with jitter (a GET is safe to repeat), and a breaker stops calling a failing service for a
 * while so that callers get their 503 at once instead of waiting.
 */
@Timeout(value = 1000, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 100, jitter = 100, maxDuration = 3000,
        retryOn = { ProcessingException.class, TimeoutException.class, DependencyFailureException.class },
        abortOn = CustomerNotVisibleException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = { ProcessingException.class, TimeoutException.class, DependencyFailureException.class })
@RegisterRestClient(configKey = "subscriptions-service")
@RegisterProvider(BearerTokenForwarding.class)
@RegisterProvider(CustomerDirectoryErrors.class)
@Path("/api/v1/customers")
public interface CustomerDirectoryClient {

    @GET
    @Path("/{customerId}")
    @Produces(MediaType.APPLICATION_JSON)
    CustomerRecord get(@PathParam("customerId") UUID customerId);

    /** The customer's partner and its support profile; for the customer itself and its partner. */
    @GET
    @Path("/{customerId}/support-contact")
    @Produces(MediaType.APPLICATION_JSON)
    SupportContactRecord supportContact(@PathParam("customerId") UUID customerId);

    /** One of the customer's subscriptions; 404 (not visible) when it is not the customer's. */
    @GET
    @Path("/{customerId}/subscriptions/{subscriptionId}")
    @Produces(MediaType.APPLICATION_JSON)
    SubscriptionRecord subscription(@PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId);
}
