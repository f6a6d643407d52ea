package io.partnerdesk.http.problem;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/** Missing, invalid or expired tokens (401 with a challenge) and roles that may not call an operation (403). */
public class SecurityProblemMappers {

    @ServerExceptionMapper(priority = 4000)
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated("A valid bearer access token is required.", request, "Bearer");
    }

    @ServerExceptionMapper(priority = 4000)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated("The bearer token is invalid or expired. Get a new access token and retry.", request,
                "Bearer error=\"invalid_token\"");
    }

    @ServerExceptionMapper(priority = 4000)
    public Response authenticationCompletion(AuthenticationCompletionException e, HttpServerRequest request) {
        return unauthenticated("The bearer token is invalid or expired. Get a new access token and retry.", request,
                "Bearer error=\"invalid_token\"");
    }

    private static Response unauthenticated(String detail, HttpServerRequest request, String challenge) {
        return ProblemResponses.of(Problems.unauthorized(detail), request,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.forbidden("Your role does not allow this operation."), request);
    }
}
