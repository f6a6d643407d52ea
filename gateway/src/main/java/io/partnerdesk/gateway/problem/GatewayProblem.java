package io.partnerdesk.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.RequestIds;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The problems the gateway answers itself. They are the services' {@link Problem} (http-problem), so a client
 * handles an error the same whether the gateway or a service raised it.
 */
public record GatewayProblem(int status, String slug, String title, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static GatewayProblem unauthorized(boolean tokenPresent) {
        return new GatewayProblem(401, "unauthorized", "Authentication required", tokenPresent
                ? "The bearer token is invalid or expired. Get a new access token and retry."
                : "A valid bearer access token is required.");
    }

    public static GatewayProblem routeNotFound(String path) {
        return new GatewayProblem(404, "not-found", "Not found", "No API at " + path + ".");
    }

    public static GatewayProblem methodNotAllowed(String method) {
        return new GatewayProblem(405, "method-not-allowed", "Method not allowed", method + " is not allowed.");
    }

    public static GatewayProblem payloadTooLarge(long limit) {
        return new GatewayProblem(413, "payload-too-large", "Request body too large",
                "Request bodies on this route are limited to " + limit + " bytes.");
    }

    public static GatewayProblem uriTooLong(int limit) {
        return new GatewayProblem(414, "uri-too-long", "Request line too long",
                "Path and query are limited to " + limit + " characters; send fewer or shorter parameters.");
    }

    public static GatewayProblem tooManyRequests(long retryAfterSeconds) {
        return new GatewayProblem(429, "rate-limited", "Too many requests",
                "You have used your request quota. Retry after " + retryAfterSeconds + " seconds.");
    }

    public static GatewayProblem badGateway(String backend) {
        return new GatewayProblem(502, "bad-gateway", "Service unreachable",
                "The " + backend + " service could not be reached. Retry later.");
    }

    public static GatewayProblem unavailable(String backend) {
        return new GatewayProblem(503, "service-unavailable", "Service unavailable",
                "The " + backend + " service is failing and is given time to recover. Retry later.");
    }

    public static GatewayProblem gatewayTimeout(String backend) {
        return new GatewayProblem(504, "gateway-timeout", "Service timed out",
                "The " + backend + " service did not answer in time. The request may or may not have taken effect; "
                        + "retry with the same Idempotency-Key, or read before you retry.");
    }

    /** The shared problem for a request at {@code instance} with id {@code requestId}. */
    public Problem problem(String instance, String requestId) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, requestId, null);
    }

    /** The JSON body for a request at {@code instance} with id {@code requestId}. */
    public Buffer body(String instance, String requestId) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(problem(instance, requestId)));
        } catch (JsonProcessingException e) {
            return Buffer.buffer("{\"status\":" + status + "}");
        }
    }

    /** Ends the exchange with this problem. */
    public void send(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(ctx.request().path(), RequestIds.of(ctx.request())));
    }
}
