package io.partnerdesk.http.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code Idempotency-Key} on creating POSTs. The first request with a key runs and its 201 response is stored in
 * the same transaction as the write, per caller ({@code sub}), for a configurable time (24 h by default). A retry
 * with the same key and body replays that response (status, body, {@code Location}, {@code ETag}); the same key
 * with another body or on another route is 422; a retry while the first is still running is 409.
 * <p>
 * A transaction-scoped advisory lock on (caller, key) serialises the two: the second request does not wait for
 * the first, it learns at once that the first is in flight.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Caller caller;

    @ConfigProperty(name = "partnerdesk.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Inject
    CurrentVertxRequest currentRequest;

    /**
     * Runs {@code create} at most once per caller and key.
     *
     * @param key         the {@code Idempotency-Key} header, or null to run without idempotency
     * @param requestBody the parsed request; its JSON form is part of the request fingerprint, with the operation
     *                    (method and path, e.g. {@code POST /api/v1/customers/{id}/subscriptions} with its ids):
     *                    the same key on another route or for another parent is another request
     */
    @Transactional
    public Response create(String key, Object requestBody, Supplier<Created> create) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        return create(key, operation(request.method().name(), currentRequest.getCurrent().normalizedPath()),
                requestBody, create);
    }

    /**
     * The route part of the fingerprint: the method and the path as a retry may spell it differently. Paths are
     * compared normalised ({@code ./..} resolved), case-folded (the API's literals are lower case and its ids are
     * UUIDs, which a client may send in upper case) and without a trailing slash, so only another route or another
     * parent is another operation.
     */
    static String operation(String method, String path) {
        String folded = path.toLowerCase(java.util.Locale.ROOT);
        if (folded.length() > 1 && folded.endsWith("/")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return method + " " + folded;
    }

    private Response create(String key, String operation, Object requestBody, Supplier<Created> create) {
        if (key == null) {
            return respond(create.get());
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw Problems.invalid(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        String owner = caller.subject();
        String fingerprint = fingerprint(operation, requestBody);

        // A space cannot occur in a key, so "owner key" names exactly one (caller, key) pair.
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", owner + ' ' + key)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw Problems.conflict("idempotency-in-progress", "Request in progress",
                    "A request with this Idempotency-Key is still being processed. Retry after it has completed.");
        }

        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("""
                select fingerprint, response_status, response_location, response_etag, response_body
                from idempotency_records
                where owner = :owner and idempotency_key = :key and expires_at > :now""")
                .setParameter("owner", owner)
                .setParameter("key", key)
                .setParameter("now", Instant.now())
                .getResultList();
        if (!stored.isEmpty()) {
            Object[] row = stored.get(0);
            if (!fingerprint.equals(row[0])) {
                throw Problems.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                        List.of(new io.partnerdesk.problem.Violation(HEADER,
                                "was already used with a different request; use a new key for a new request")));
            }
            Log.infof("Replaying response for Idempotency-Key of %s", owner);
            return replay((Integer) row[1], (String) row[2], (String) row[3], (String) row[4]);
        }

        Created created = create.get();
        String body = toJson(created.body());
        Instant now = Instant.now();
        // An expired record with the same key may linger until the purge; the new request takes its place.
        em.createNativeQuery("delete from idempotency_records where owner = :owner and idempotency_key = :key")
                .setParameter("owner", owner)
                .setParameter("key", key)
                .executeUpdate();
        em.createNativeQuery("""
                insert into idempotency_records (owner, idempotency_key, fingerprint, response_status,
                    response_location, response_etag, response_body, created_at, expires_at)
                values (:owner, :key, :fingerprint, 201, :location, :etag, :body, :now, :expires)""")
                .setParameter("owner", owner)
                .setParameter("key", key)
                .setParameter("fingerprint", fingerprint)
                .setParameter("location", created.location().toString())
                .setParameter("etag", created.etag())
                .setParameter("body", body)
                .setParameter("now", now)
                .setParameter("expires", now.plus(retention))
                .executeUpdate();
        return respond(created);
    }

    /** Forgets responses older than the retention time. */
    @Scheduled(every = "${partnerdesk.idempotency.purge-every:1h}", delayed = "1m")
    @Transactional
    void purgeExpired() {
        int purged = em.createNativeQuery("delete from idempotency_records where expires_at <= :now")
                .setParameter("now", Instant.now())
                .executeUpdate();
        if (purged > 0) {
            Log.infof("Purged %d expired idempotency records", purged);
        }
    }

    private static Response respond(Created created) {
        Response.ResponseBuilder builder = Response.created(created.location()).entity(created.body())
                .type(MediaType.APPLICATION_JSON);
        if (created.etag() != null) {
            builder.header(HttpHeaders.ETAG, created.etag());
        }
        return builder.build();
    }

    private static Response replay(int status, String location, String etag, String body) {
        Response.ResponseBuilder builder = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON)
                .header(REPLAYED_HEADER, "true");
        if (location != null) {
            builder.location(URI.create(location));
        }
        if (etag != null) {
            builder.header(HttpHeaders.ETAG, etag);
        }
        return builder.build();
    }

    private String fingerprint(String operation, Object requestBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(toJson(requestBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body could not be serialised", e);
        }
    }
}
