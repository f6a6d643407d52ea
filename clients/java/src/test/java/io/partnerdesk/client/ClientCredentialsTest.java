package io.partnerdesk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTest {

    private LoopbackServer identityProvider;
    private MutableClock clock;
    private ClientCredentials tokens;

    @BeforeEach
    void start() throws Exception {
        identityProvider = new LoopbackServer();
        clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        tokens = new ClientCredentials(identityProvider.uri("/realms/partnerdesk/protocol/openid-connect/token"),
                "contoso-integration", "s3cret&=", HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        identityProvider.close();
    }

    private static String token(String value) {
        return "{\"access_token\":\"" + value + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}";
    }

    @Test
    void oneTokenServesUntilShortlyBeforeItExpires() {
        identityProvider.then(200, Map.of(), token("first")).then(200, Map.of(), token("second"));

        assertThat(tokens.get()).isEqualTo("first");
        clock.now = clock.now.plusSeconds(269);
        assertThat(tokens.get()).isEqualTo("first");
        clock.now = clock.now.plusSeconds(1); // 300 s - 30 s margin
        assertThat(tokens.get()).isEqualTo("second");

        assertThat(identityProvider.received).hasSize(2);
        assertThat(identityProvider.received.get(0).body())
                .isEqualTo("grant_type=client_credentials&client_id=contoso-integration&client_secret=s3cret%26%3D");
    }

    @Test
    void aRefusalNamesTheOAuthErrorAndKeepsNoToken() {
        identityProvider.then(401, Map.of(), "{\"error\":\"invalid_client\"}").then(200, Map.of(), token("after-fix"));

        assertThatThrownBy(tokens::get).isInstanceOf(ClientCredentials.TokenException.class)
                .hasMessageContaining("401").hasMessageContaining("invalid_client").hasMessageNotContaining("s3cret");
        assertThat(tokens.get()).isEqualTo("after-fix");
    }

    @Test
    void anAnswerWithoutATokenIsAnError() {
        identityProvider.then(200, Map.of(), "{\"token_type\":\"Bearer\"}");

        assertThatThrownBy(tokens::get).isInstanceOf(ClientCredentials.TokenException.class)
                .hasMessageContaining("without an access_token");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
