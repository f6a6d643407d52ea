package io.partnerdesk.testing;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** RFC 9457 problem bodies as the PartnerDesk services answer them, for stubs that stand in for one. */
public final class ProblemBodies {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemBodies() {
    }

    public static String of(int status, String slug, String title, String detail) {
        try {
            return JSON.writeValueAsString(Map.of("type", "https://partnerdesk.io/problems/" + slug, "title", title,
                    "status", status, "detail", detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A WireMock answer with this problem, for a stub's transformer; add headers, then {@code build()}. */
    public static ResponseDefinitionBuilder response(int status, String slug, String title, String detail) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", MEDIA_TYPE)
                .withBody(of(status, slug, title, detail));
    }
}
