package io.partnerdesk.testing.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.partnerdesk.testing.Api;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The write conventions every creating POST and every conditional change keeps, as assertions a service's tests run
 * for each of its routes: {@code Idempotency-Key} replays the first 201 and refuses the key with another body (422);
 * {@code If-Match} is required (428) and must match (412).
 */
public final class WriteConventions {

    /** An ETag no resource ever has: versions start at 0 and count up. */
    public static final String STALE_ETAG = "\"999999\"";

    private WriteConventions() {
    }

    /**
     * POSTs {@code body} twice with one key: the second answer is the first one replayed (same id and Location,
     * {@code Idempotent-Replayed: true}); the same key with {@code otherBody} is 422 and creates nothing.
     *
     * @return the id of the one resource created
     */
    public static String assertIdempotentCreate(String token, String path, Map<String, ?> body,
            Map<String, ?> otherBody) {
        return assertIdempotentCreate(token, Map.of(), path, body, otherBody);
    }

    /** The same for a route that needs more headers (a post to an issue also carries {@code If-Match}). */
    public static String assertIdempotentCreate(String token, Map<String, String> headers, String path,
            Map<String, ?> body, Map<String, ?> otherBody) {
        String key = UUID.randomUUID().toString();
        Response first = Api.as(token).headers(headers).header("Idempotency-Key", key).body(body).post(path);
        first.then().statusCode(201);
        String id = first.path("id");
        Response replay = Api.as(token).headers(headers).header("Idempotency-Key", key).body(body).post(path);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(replay.header("Location")).as("replayed Location of %s", path).isEqualTo(first.header("Location"));
        Api.as(token).headers(headers).header("Idempotency-Key", key).body(otherBody).post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        return id;
    }

    /**
     * A conditional change ({@code PATCH} or a transition {@code POST}) without {@code If-Match} is 428, with a stale
     * ETag 412; both are problems, and neither changes the resource (its ETag at {@code resource} stays).
     */
    public static void assertIfMatchRequired(String token, String method, String path, Map<String, ?> body,
            String resource) {
        String before = Api.as(token).get(resource).then().statusCode(200).extract().header("ETag");
        send(Api.as(token).body(body), method, path).then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
        send(Api.as(token).header("If-Match", STALE_ETAG).body(body), method, path).then().statusCode(412)
                .contentType("application/problem+json").body("type", endsWith("/precondition-failed"));
        assertThat(Api.as(token).get(resource).then().statusCode(200).extract().header("ETag"))
                .as("ETag of %s after refused changes", resource).isEqualTo(before);
    }

    private static Response send(RequestSpecification request, String method, String path) {
        return request.request(method, path);
    }
}
