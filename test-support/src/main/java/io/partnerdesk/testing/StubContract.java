package io.partnerdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.restassured.response.Response;

/**
 * Checks a stub's answers against the committed OpenAPI document of the service it stands in for, so that a stub
 * cannot drift from the contract the real service keeps (a status it never answers, a body of another shape).
 */
public final class StubContract {

    private final OpenApiInteractionValidator validator;

    private StubContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The public contract of {@code service} (e.g. {@code subscriptions-service}), from {@code openapi/} at the root. */
    public static StubContract of(String service) {
        return at(Path.of("..", "openapi", service + ".yaml"));
    }

    /** The internal contract of {@code service} (what the gateway does not route), from {@code openapi/internal/}. */
    public static StubContract internal(String service) {
        return at(Path.of("..", "openapi", "internal", service + ".yaml"));
    }

    private static StubContract at(Path relative) {
        Path document = relative.toAbsolutePath().normalize();
        return new StubContract(
                OpenApiInteractionValidator.createForSpecificationUrl(document.toUri().toString()).build());
    }

    /** Fails unless {@code response} is one the document allows for {@code method path}. */
    public void assertAllows(Request.Method method, String path, Response response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.asString());
        response.headers().forEach(header -> answer.withHeader(header.getName(), header.getValue()));
        ValidationReport report = validator.validateResponse(path, method, answer.build());
        assertThat(report.getMessages()).as("%s %s answered %d: %s", method, path, response.statusCode(),
                response.asString()).filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }
}
