package io.partnerdesk.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point of the Java client: one gateway address, one token source, one retry policy, shared by the API
 * classes generated from the three public documents.
 *
 * <pre>{@code
 * PartnerDeskClient partnerDesk = PartnerDeskClient.builder()
 *         .gateway(URI.create("https://partnerdesk.example.cn"))
 *         .tokens(new ClientCredentials(tokenEndpoint, "contoso-integration", secret))
 *         .build();
 * SubscriptionsApi subscriptions = new SubscriptionsApi(partnerDesk.subscriptions());
 * }</pre>
 *
 * Each call carries {@code Authorization: Bearer <token>} from the token source, asked for a token at every call (so
 * {@link ClientCredentials} renews it when it nears expiry); 429 and 503 are retried as {@link RetryPolicy} says.
 */
public final class PartnerDeskClient {

    private final String gateway;
    private final Supplier<String> tokens;
    private final RetryPolicy retries;
    private final Duration readTimeout;

    private PartnerDeskClient(Builder builder) {
        this.gateway = builder.gateway.toString().replaceAll("/+$", "");
        this.tokens = builder.tokens;
        this.retries = builder.retries;
        this.readTimeout = builder.readTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For {@code io.partnerdesk.client.subscriptions.api.*}: offers, customers, subscriptions, change requests. */
    public io.partnerdesk.client.subscriptions.ApiClient subscriptions() {
        return configured(new io.partnerdesk.client.subscriptions.ApiClient(httpClientBuilder(),
                io.partnerdesk.client.subscriptions.ApiClient.createDefaultObjectMapper(), gateway),
                io.partnerdesk.client.subscriptions.ApiClient::setReadTimeout,
                io.partnerdesk.client.subscriptions.ApiClient::setRequestInterceptor);
    }

    /** For {@code io.partnerdesk.client.support.api.*}: support requests, notes, topics. */
    public io.partnerdesk.client.support.ApiClient support() {
        return configured(new io.partnerdesk.client.support.ApiClient(httpClientBuilder(),
                io.partnerdesk.client.support.ApiClient.createDefaultObjectMapper(), gateway),
                io.partnerdesk.client.support.ApiClient::setReadTimeout,
                io.partnerdesk.client.support.ApiClient::setRequestInterceptor);
    }

    /** For {@code io.partnerdesk.client.messagecenter.api.*}: messages and service health. */
    public io.partnerdesk.client.messagecenter.ApiClient messageCenter() {
        return configured(new io.partnerdesk.client.messagecenter.ApiClient(httpClientBuilder(),
                io.partnerdesk.client.messagecenter.ApiClient.createDefaultObjectMapper(), gateway),
                io.partnerdesk.client.messagecenter.ApiClient::setReadTimeout,
                io.partnerdesk.client.messagecenter.ApiClient::setRequestInterceptor);
    }

    /**
     * The same read timeout and bearer token on each generated {@code ApiClient}: three classes with the same methods
     * and no common type, hence the setters passed in.
     */
    private <C> C configured(C client, BiConsumer<C, Duration> readTimeoutSetter,
            BiConsumer<C, Consumer<HttpRequest.Builder>> interceptorSetter) {
        readTimeoutSetter.accept(client, readTimeout);
        interceptorSetter.accept(client, request -> request.header("Authorization", "Bearer " + tokens.get()));
        return client;
    }

    private HttpClient.Builder httpClientBuilder() {
        return new RetryingHttpClientBuilder(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)), retries);
    }

    public static final class Builder {
        private URI gateway;
        private Supplier<String> tokens;
        private RetryPolicy retries = RetryPolicy.DEFAULT;
        private Duration readTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The gateway's base address, e.g. {@code https://partnerdesk.example.cn}. */
        public Builder gateway(URI gateway) {
            this.gateway = gateway;
            return this;
        }

        /** Where access tokens come from: usually {@link ClientCredentials}. */
        public Builder tokens(Supplier<String> tokens) {
            this.tokens = tokens;
            return this;
        }

        public Builder retries(RetryPolicy retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** The longest wait for one answer (default 30 s; the gateway itself gives up on a service after 10 s). */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        public PartnerDeskClient build() {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(tokens, "tokens");
            return new PartnerDeskClient(this);
        }
    }
}
