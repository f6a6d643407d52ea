package io.partnerdesk.messagecenter;

import java.util.List;
import java.util.Map;

import io.partnerdesk.testing.Tokens;
import io.partnerdesk.testing.conventions.HttpConventionsKit;
import io.quarkus.test.junit.QuarkusTest;

/** The shared HTTP conventions as a client meets them on this service. */
@QuarkusTest
class HttpConventionsTest extends HttpConventionsKit {

    @Override
    protected String readablePath() {
        return "/api/v1/messages";
    }

    @Override
    protected String reader() {
        return Tokens.partner("contoso");
    }

    @Override
    protected String roleNotAdmitted() {
        return Tokens.service();
    }

    @Override
    protected String collectionWithoutDelete() {
        return "/api/v1/messages";
    }

    @Override
    protected String creatingPath() {
        return "/api/v1/messages";
    }

    @Override
    protected String creator() {
        return Tokens.operator();
    }

    @Override
    protected Map<String, Object> newResource(String name) {
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.announcement("everyone", List.of()));
        body.put("title", name);
        return body;
    }
}
