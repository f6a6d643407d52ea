package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway joins a caller's W3C trace (or starts one) and hands it on: the service behind receives a
 * {@code traceparent} of the same trace whose parent is the gateway's own span, never the caller's header unchanged.
 */
@QuarkusTest
class TracingTest {

    private static final String TOKEN = Tokens.partner("gw-tracing");
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-(0[01])");
    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void backendAnswers() {
        stubs.get("subscriptions").resetAll();
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @Test
    @DisplayName("a caller's traceparent is continued: same trace id, the gateway's span as parent")
    void continuesTheCallersTrace() {
        Api.as(TOKEN).header("traceparent", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01").get("/api/v1/offers")
                .then().statusCode(200);

        Matcher sent = sentTraceParent("/api/v1/offers");
        assertThat(sent.group(1)).isEqualTo(CALLER_TRACE);
        assertThat(sent.group(2)).as("the parent the service sees is the gateway's span").isNotEqualTo(CALLER_SPAN);
        // No collector here: nothing is recorded (TraceSampling), so the trace goes on unsampled; TraceExportTest
        // shows the other case.
        assertThat(sent.group(3)).isEqualTo("00");
    }

    @Test
    @DisplayName("without a traceparent, or with a malformed one, the gateway starts a trace of its own")
    void startsATrace() {
        Api.as(TOKEN).get("/api/v1/offers?limit=1").then().statusCode(200);
        Api.as(TOKEN).header("traceparent", "00-zzzz-not-a-trace").get("/api/v1/offers?limit=2").then()
                .statusCode(200);
        Api.as(TOKEN).header("traceparent", "00-" + "0".repeat(32) + "-" + CALLER_SPAN + "-01")
                .get("/api/v1/offers?limit=3").then().statusCode(200);

        String first = sentTraceParent("/api/v1/offers?limit=1").group(1);
        String second = sentTraceParent("/api/v1/offers?limit=2").group(1);
        String third = sentTraceParent("/api/v1/offers?limit=3").group(1);
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().doesNotContain("0".repeat(32));
    }

    private Matcher sentTraceParent(String url) {
        List<LoggedRequest> requests = stubs.get("subscriptions").findAll(getRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        List<String> values = requests.get(0).getHeaders().getHeader("traceparent").values();
        assertThat(values).as("traceparent headers sent to the service: %s", values).hasSize(1);
        Matcher matcher = TRACEPARENT.matcher(values.get(0));
        assertThat(matcher.matches()).as("a W3C traceparent: %s", values.get(0)).isTrue();
        return matcher;
    }
}
