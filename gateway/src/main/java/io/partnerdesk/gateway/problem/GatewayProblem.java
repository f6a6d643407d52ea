package io.partnerdesk.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.ProblemType;
import io.partnerdesk.problem.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The problems the gateway answers itself: the services' {@link Problem} of the shared {@link ProblemType} catalogue
 * (http-problem), so a client handles an error the same whether the gateway or a service raised it.
 */
public record GatewayProblem(ProblemType type, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GatewayProblem unauthorized(boolean tokenPresent) {
        return new GatewayProblem(ProblemType.UNAUTHORIZED, tokenPresent
                ? "The bearer token is invalid or expired. Get a new access token and retry."
                : "A valid bearer access token is required.");
    }

    public static GatewayProblem routeNotFound(String path) {
        return new GatewayProblem(ProblemType.NOT_FOUND, "No API at " + path + ".");
    }

    public static GatewayProblem methodNotAllowed(String method) {
        return new GatewayProblem(ProblemType.METHOD_NOT_ALLOWED, method + " is not allowed.");
    }

    public static GatewayProblem payloadTooLarge(long limit) {
        return new GatewayProblem(ProblemType.PAYLOAD_TOO_LARGE,
                "Request bodies on this route are limited to " + limit + " bytes.");
    }

    public static GatewayProblem uriTooLong(int limit) {
        return new GatewayProblem(ProblemType.URI_TOO_LONG,
                "Path and query are limited to " + limit + " characters; send fewer or shorter parameters.");
    }

    public static GatewayProblem tooManyRequests(long retryAfterSeconds) {
        return new GatewayProblem(ProblemType.RATE_LIMITED,
                "You have used your request quota. Retry after " + retryAfterSeconds + " seconds.");
    }

    public static GatewayProblem badGateway(String backend) {
        return new GatewayProblem(ProblemType.BAD_GATEWAY,
                "The " + backend + " service could not be reached. Retry later.");
    }

    public static GatewayProblem unavailable(String backend) {
        return new GatewayProblem(ProblemType.SERVICE_UNAVAILABLE,
                "The " + backend + " service is failing and is given time to recover. Retry later.");
    }

    public static GatewayProblem identityProviderUnavailable() {
        return new GatewayProblem(ProblemType.SERVICE_UNAVAILABLE,
                "Access tokens cannot be checked now: the identity provider is not reachable. Retry later.");
    }

    public static GatewayProblem gatewayTimeout(String backend) {
        return new GatewayProblem(ProblemType.GATEWAY_TIMEOUT,
                "The " + backend + " service did not answer in time. The request may or may not have taken effect; "
                        + "retry with the same Idempotency-Key, or read before you retry.");
    }

    public int status() {
        return type.status();
    }

    /** The shared problem for a request at {@code instance} with id {@code requestId}. */
    public Problem problem(String instance, String requestId) {
        return type.with(detail).at(instance, requestId);
    }

    /** The JSON body for a request at {@code instance} with id {@code requestId}. */
    public Buffer body(String instance, String requestId) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(problem(instance, requestId)));
        } catch (JsonProcessingException e) {
            return Buffer.buffer("{\"status\":" + type.status() + "}");
        }
    }

    /** Ends the exchange with this problem. */
    public void send(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(ctx.request().path(), RequestIds.of(ctx.request())));
    }
}
