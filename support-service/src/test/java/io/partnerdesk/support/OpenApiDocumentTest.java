package io.partnerdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.OpenApiDocuments;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @DisplayName("the committed openapi/support-service.yaml is exactly what the service publishes")
    void committedCopyInStep() throws Exception {
        OpenApiDocuments.assertCommittedCopyMatches("support-service");
    }

    @Test
    @DisplayName("the event intake is documented apart, in openapi/internal/, and not in the public document")
    void internalDocumentApart() throws Exception {
        OpenApiDocuments.assertCommittedInternalCopyMatches("support-service");
        assertThat(Files.readString(Path.of("..", "openapi", "internal", "support-service.yaml")))
                .contains("\n  /internal/v1/events:").doesNotContain("\n  /api/v1/").doesNotContain("SupportRequest:");
        assertThat(Files.readString(Path.of("..", "openapi", "support-service.yaml")))
                .doesNotContain("\n  /internal/").doesNotContain("EventReceipt");
    }

    @Test
    @DisplayName("every operation has an operationId, a summary and every status it can answer, errors as problems")
    void operationsDocumented() {
        OpenApiDocuments.assertEveryOperationDocumented();
    }
}
