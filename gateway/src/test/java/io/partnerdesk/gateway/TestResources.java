package io.partnerdesk.gateway;

import io.partnerdesk.testing.OidcTestServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** What every @QuarkusTest of the gateway runs against: an OIDC key set and stubbed backends. */
@WithTestResource(value = OidcTestServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BackendStubs.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
