package io.partnerdesk.support;

import java.util.Map;

import io.partnerdesk.testing.Tokens;
import io.partnerdesk.testing.conventions.HttpConventionsKit;
import io.quarkus.test.junit.QuarkusTest;

/** The shared HTTP conventions as a client meets them on this service. */
@QuarkusTest
class HttpConventionsTest extends HttpConventionsKit {

    @Override
    protected String readablePath() {
        return "/api/v1/support-requests";
    }

    @Override
    protected String reader() {
        return Tokens.partner("contoso");
    }

    @Override
    protected String roleNotAdmitted() {
        return Tokens.operator();
    }

    @Override
    protected String collectionWithoutDelete() {
        return "/api/v1/support-topics";
    }

    @Override
    protected String creatingPath() {
        return "/api/v1/support-topics";
    }

    @Override
    protected String creator() {
        return Tokens.operator();
    }

    @Override
    protected Map<String, Object> newResource(String name) {
        return Map.of("name", name, "description", "A topic of the conventions test");
    }
}
