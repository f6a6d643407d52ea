package io.partnerdesk.subscriptions;

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
    @DisplayName("the committed openapi/subscriptions-service.yaml is exactly what the service publishes")
    void committedCopyInStep() throws Exception {
        OpenApiDocuments.assertCommittedCopyMatches("subscriptions-service");
    }

    @Test
    @DisplayName("the tenant directory is documented apart, in openapi/internal/, and not in the public document")
    void internalDocumentApart() throws Exception {
        OpenApiDocuments.assertCommittedInternalCopyMatches("subscriptions-service");
        assertThat(Files.readString(Path.of("..", "openapi", "internal", "subscriptions-service.yaml")))
                .contains("\n  /internal/v1/customers:").doesNotContain("\n  /api/v1/").doesNotContain("Subscription:");
        assertThat(Files.readString(Path.of("..", "openapi", "subscriptions-service.yaml")))
                .doesNotContain("\n  /internal/").doesNotContain("DirectoryCustomer");
    }

    @Test
    @DisplayName("every operation has an operationId, a summary and every status it can answer, errors as problems")
    void operationsDocumented() {
        OpenApiDocuments.assertEveryOperationDocumented();
    }
}
