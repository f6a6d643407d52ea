package io.partnerdesk.http.request;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.RequestIds;
import io.partnerdesk.problem.RequestLimits;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The conventions that apply before any resource runs, on every route of a service:
 * <ul>
 * <li>{@code X-Request-Id} accepted or generated, echoed on the response and put in the MDC of every log line;</li>
 * <li>a control character in a query parameter or the path is refused with 400 naming the parameter;</li>
 * <li>bodies declared larger than the limit are refused with 413 before they are read;</li>
 * <li>a path no route serves answers a 404 problem rather than the server's default page.</li>
 * </ul>
 * Bodies streamed without a length are bounded by {@code quarkus.http.limits.max-body-size}, set to the same limit.
 */
@Singleton
public class RequestConventionsFilter {

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "partnerdesk.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    void registerFallback(@Observes Router router) {
        // Runs only when no other route answered; keeps unknown paths inside the problem+json contract.
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (!ctx.response().ended()) {
                reply(ctx, Problems.forStatus(404, "No resource at " + ctx.request().path() + "."));
            }
        });
    }

    private void handle(RoutingContext ctx) {
        String requestId = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        ctx.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));

        if (ctx.request().uri().length() > RequestLimits.MAX_REQUEST_LINE) {
            reply(ctx, Problems.uriTooLong(RequestLimits.MAX_REQUEST_LINE));
            return;
        }
        String controlled = parameterWithControlCharacter(ctx);
        if (controlled != null) {
            Log.infof("Refused %s %s: control character in %s", ctx.request().method(), ctx.request().path(),
                    controlled);
            reply(ctx, Problems.invalid(controlled, TextRules.CONTROL_CHARACTER_MESSAGE));
            return;
        }

        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            Log.infof("Refused %s %s: body of %s bytes exceeds %d", ctx.request().method(), ctx.request().path(),
                    length,
                    maxBodyBytes);
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            reply(ctx, Problems.payloadTooLarge(maxBodyBytes));
            return;
        }
        ctx.next();
    }

    /**
     * The name of the first query parameter (or "path") holding a control character, or null. No query value or path
     * segment of this API is multi-line text, so every C0 character is refused here, before a resource or the database
     * sees it (PostgreSQL refuses NUL in text with an error, which used to reach callers as 500).
     */
    private static String parameterWithControlCharacter(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.indexOf('%') < 0 && !TextRules.hasAnyControl(uri)) {
            return null;
        }
        String path = ctx.request().path();
        if (path != null && (TextRules.hasAnyControl(path) || ENCODED_CONTROL.matcher(path).find())) {
            return "path";
        }
        try {
            for (var parameter : ctx.queryParams()) {
                if (TextRules.hasAnyControl(parameter.getKey()) || TextRules.hasAnyControl(parameter.getValue())) {
                    // A name we do not know is not repeated back at any length: the problem says "query" then.
                    boolean nameless = TextRules.hasAnyControl(parameter.getKey())
                            || parameter.getKey().length() > MAX_ECHOED_NAME;
                    return nameless ? "query" : parameter.getKey();
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A broken percent-escape: the resource would not be able to read it either.
            return "query";
        }
        return null;
    }

    /** Longer than any parameter of the API. */
    private static final int MAX_ECHOED_NAME = 40;

    private static final java.util.regex.Pattern ENCODED_CONTROL = java.util.regex.Pattern.compile("%[01][0-9a-fA-F]");

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void reply(RoutingContext ctx, ProblemException refused) {
        Problem problem = refused.problem();
        Problem located = problem.at(ctx.request().path(), RequestIds.of(ctx.request()));
        String body;
        try {
            body = objectMapper.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
