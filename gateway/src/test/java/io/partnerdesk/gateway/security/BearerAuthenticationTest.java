package io.partnerdesk.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway's own authentication step: a token verified before skips the security pipeline, nothing else does. */
@QuarkusTest
class BearerAuthenticationTest {

    @InjectStubs
    Stubs stubs;

    @Inject
    PipelineRuns pipeline;

    @BeforeEach
    void subscriptionsAnswers() {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    @DisplayName("a reused token goes through Quarkus's security pipeline once, then is recognised by lookup")
    void aRememberedTokenSkipsThePipeline() {
        String token = Tokens.partner("lean-path");

        int first = Integer.parseInt(
                Api.as(token).get("/api/v1/offers").then().statusCode(200).extract().header("RateLimit-Remaining"));
        for (int i = 1; i < 5; i++) {
            Api.as(token).get("/api/v1/offers").then().statusCode(200).header("RateLimit-Remaining",
                    String.valueOf(first - i));
        }

        // The rate limit above counted all five against the same caller, found by the lookup after the first.
        assertThat(pipeline.of(token)).isEqualTo(1);
    }

    @Test
    @DisplayName("a header that is not exactly 'Bearer <token>' is judged by Quarkus OIDC, every time")
    void anUnusualHeaderTakesTheFullPath() {
        String token = Tokens.partner("lean-path-spaces");
        Api.as(token).get("/api/v1/offers").then().statusCode(200);

        // The same, already remembered token behind two spaces: not looked up, so OIDC decides (and refuses it).
        Api.anonymous().header("Authorization", "Bearer  " + token).get("/api/v1/offers").then().statusCode(401);
        assertThat(pipeline.of(token)).isEqualTo(1);
    }

    @Test
    @DisplayName("only 'Bearer ' is looked up; whatever follows must equal a verified token exactly")
    void exactHeadersOnly() {
        assertThat(BearerAuthentication.exactBearerToken("Bearer abc.def.ghi")).isEqualTo("abc.def.ghi");
        assertThat(BearerAuthentication.exactBearerToken("Bearer  abc")).isEqualTo(" abc");
        assertThat(BearerAuthentication.exactBearerToken("bearer abc")).isNull();
        assertThat(BearerAuthentication.exactBearerToken(null)).isNull();
        assertThat(BearerAuthentication.exactBearerToken("Basic abc")).isNull();
        assertThat(BearerAuthentication.exactBearerToken("DPoP abc")).isNull();
        // Presence (401 at the edge without it) is looser: any spelling of the scheme, any non-blank token.
        assertThat(BearerAuthentication.presentsBearerToken("bearer abc")).isTrue();
        assertThat(BearerAuthentication.presentsBearerToken("Bearer    ")).isFalse();
        assertThat(BearerAuthentication.presentsBearerToken("Basic abc")).isFalse();
        assertThat(BearerAuthentication.presentsBearerToken(null)).isFalse();
    }
}
