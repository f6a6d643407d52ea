package io.partnerdesk.messagecenter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.OpenApiDocuments;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @DisplayName("the committed openapi/messagecenter-service.yaml is exactly what the service publishes")
    void committedCopyInStep() throws Exception {
        OpenApiDocuments.assertCommittedCopyMatches("messagecenter-service");
    }

    @Test
    @DisplayName("every operation has an operationId, a summary and every status it can answer, errors as problems")
    void operationsDocumented() {
        OpenApiDocuments.assertEveryOperationDocumented();
    }
}
