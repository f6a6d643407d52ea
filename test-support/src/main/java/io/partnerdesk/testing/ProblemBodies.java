package io.partnerdesk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.ProblemType;

/**
 * Problem answers for stubs that stand in for a PartnerDesk service: the services' own {@link Problem} of the shared
 * {@link ProblemType} catalogue (http-problem), so a stub's refusal is spelled exactly as the real one.
 */
public final class ProblemBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemBodies() {
    }

    /** A WireMock answer with this problem, for a stub's transformer; add headers, then {@code build()}. */
    public static ResponseDefinitionBuilder response(ProblemType type, String detail) {
        try {
            return new ResponseDefinitionBuilder().withStatus(type.status())
                    .withHeader("Content-Type", Problem.MEDIA_TYPE)
                    .withBody(JSON.writeValueAsString(type.with(detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
