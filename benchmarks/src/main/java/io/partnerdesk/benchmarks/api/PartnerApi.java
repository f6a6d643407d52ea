package io.partnerdesk.benchmarks.api;

import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import io.partnerdesk.benchmarks.load.Operation;
import io.partnerdesk.benchmarks.load.Outcome;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The calls a partner integration makes, as load-generator operations against one base address (the gateway, or a
 * service directly). Every call carries a bearer token from {@code tokens}: the same one each time for a client that
 * reuses its token, or a new one per call.
 */
public final class PartnerApi {

    /** Tailspin Toys, a seeded customer of partner contoso, and its seeded Office 365 E3 subscription. */
    public static final UUID TAILSPIN = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID TAILSPIN_E3 = UUID.nameUUIDFromBytes(("fixture-subscription-" + TAILSPIN).getBytes());
    public static final UUID OFFICE_365_E3 = UUID.fromString("6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02");
    static final UUID EXCHANGE_ONLINE_TOPIC = UUID.fromString("7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01");

    private static final long TIMEOUT_MILLIS = 10_000;

    private final HttpClient client;
    private final String label;
    private final Supplier<String> tokens;

    /** {@code label} names where the calls go ("gateway", "direct"); operation names start with it. */
    public PartnerApi(HttpClient client, String label, Supplier<String> tokens) {
        this.client = client;
        this.label = label;
        this.tokens = tokens;
    }

    public PartnerApi withTokens(String newLabel, Supplier<String> newTokens) {
        return new PartnerApi(client, newLabel, newTokens);
    }

    /** {@code GET /api/v1/customers/{tailspin}/subscriptions/{id}}: one subscription, the gateway-overhead call. */
    public Operation readSubscription(String name) {
        return get(name, sequence -> "/api/v1/customers/" + TAILSPIN + "/subscriptions/" + TAILSPIN_E3);
    }

    /** The first page of Tailspin's subscriptions. */
    public Operation listSubscriptions(String name) {
        return get(name, sequence -> "/api/v1/customers/" + TAILSPIN + "/subscriptions?limit=20");
    }

    /** The partner's newest messages. */
    public Operation listMessages(String name) {
        return get(name, sequence -> "/api/v1/messages?limit=20");
    }

    /** A GET expecting 200, at the path {@code path} gives for the call's sequence number. */
    public Operation get(String name, IntFunction<String> path) {
        return operation(name, sequence -> send(HttpMethod.GET, path.apply(sequence), null, null)
                .map(response -> response.status() == 200 ? Outcome.success() : Outcome.status(response.status())));
    }

    /**
     * A quantity change ({@code PATCH} with {@code If-Match}) on a subscription borrowed from {@code pool} for the
     * duration of the call, so that no two calls race for one ETag: the new ETag from the answer goes back with it.
     * Each change is a real one (quantity differs from the last), so it writes history and an outbox event.
     */
    public Operation changeQuantity(String name, SubscriptionPool pool) {
        return operation(name, sequence -> {
            SubscriptionPool.Lease lease = pool.borrow();
            if (lease == null) {
                return Future.succeededFuture(new Outcome(false, "no free subscription (generator pool too small)"));
            }
            int quantity = lease.nextQuantity();
            return send(HttpMethod.PATCH, "/api/v1/customers/" + TAILSPIN + "/subscriptions/" + lease.id(),
                    "{\"quantity\":" + quantity + "}", lease.etag()).map(response -> {
                        if (response.status() == 200) {
                            pool.giveBack(lease.withEtag(response.headers().get(HttpHeaders.ETAG)));
                            return Outcome.success();
                        }
                        // On any other answer the ETag may be stale: the lease is dropped, never reused.
                        return Outcome.status(response.status());
                    }).recover(failure -> Future.succeededFuture(Outcome.failure(failure)));
        });
    }

    /** A new support request for Tailspin (severity C, Exchange Online), expecting 201. */
    public Operation createSupportRequest(String name) {
        return operation(name, sequence -> send(HttpMethod.POST, "/api/v1/support-requests", """
                {"customerId":"%s","topicId":"%s","title":"Inbound mail delayed (load test %d)",\
                "description":"Mail from external senders arrives late.","severity":"C",\
                "contact":{"name":"Li Wei","email":"li.wei@contoso.cn"},\
                "triage":{"stepsTaken":"Recreated the inbound connector."}}""".formatted(TAILSPIN,
                EXCHANGE_ONLINE_TOPIC, sequence), null)
                .map(response -> response.status() == 201 ? Outcome.success() : Outcome.status(response.status())));
    }

    /** Creates a subscription for Tailspin (setup, not measured) and answers its id and ETag. */
    public Future<SubscriptionPool.Lease> createSubscription(int number) {
        return send(HttpMethod.POST, "/api/v1/customers/" + TAILSPIN + "/subscriptions", """
                {"offerId":"%s","quantity":10,"billingCycle":"monthly","autoRenewEnabled":true,\
                "friendlyName":"Benchmark %d"}""".formatted(OFFICE_365_E3, number), null).compose(response -> {
            if (response.status() != 201) {
                return Future.failedFuture("creating a subscription answered HTTP " + response.status() + ": "
                        + response.body());
            }
            String location = response.headers().get(HttpHeaders.LOCATION);
            UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            return Future.succeededFuture(new SubscriptionPool.Lease(id, response.headers().get(HttpHeaders.ETAG), 10));
        });
    }

    private Operation operation(String name, java.util.function.IntFunction<Future<Outcome>> call) {
        String fullName = name;
        return new Operation() {
            @Override
            public String name() {
                return fullName;
            }

            @Override
            public Future<Outcome> call(int sequence) {
                return call.apply(sequence).recover(failure -> Future.succeededFuture(Outcome.failure(failure)));
            }
        };
    }

    /** The label of this API's base address, e.g. "gateway". */
    public String label() {
        return label;
    }

    private Future<Response> send(HttpMethod method, String path, String json, String ifMatch) {
        RequestOptions options = new RequestOptions().setMethod(method).setURI(path).setIdleTimeout(TIMEOUT_MILLIS)
                .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (json != null) {
            options.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        if (ifMatch != null) {
            options.putHeader(HttpHeaders.IF_MATCH, ifMatch);
        }
        return client.request(options)
                .compose(request -> json == null ? request.send() : request.send(Buffer.buffer(json)))
                .compose(response -> response.body().map(body -> new Response(response.statusCode(), response.headers(),
                        body.toString())));
    }

    record Response(int status, MultiMap headers, String body) {
    }

    /** Subscriptions lent to PATCH calls one at a time; used on the generator's event loop only. */
    public static final class SubscriptionPool {

        private final ArrayDeque<Lease> free;

        public SubscriptionPool(List<Lease> subscriptions) {
            this.free = new ArrayDeque<>(subscriptions);
        }

        Lease borrow() {
            return free.poll();
        }

        void giveBack(Lease lease) {
            free.add(lease);
        }

        public int size() {
            return free.size();
        }

        /** A subscription, the ETag of its current state and its current quantity. */
        public record Lease(UUID id, String etag, int quantity) {

            /** A quantity different from the current one, between 10 and 1009 (the offer allows 1 to 10 000). */
            int nextQuantity() {
                return 10 + (quantity - 9) % 1000;
            }

            Lease withEtag(String newEtag) {
                return new Lease(id, newEtag, nextQuantity());
            }
        }
    }
}
