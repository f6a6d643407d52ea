package io.partnerdesk.messagecenter;

import io.partnerdesk.testing.OidcTestServer;
import io.partnerdesk.testing.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real dependencies every @QuarkusTest of this module runs against: PostgreSQL and an OIDC key set. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "messagecenter"))
@WithTestResource(value = OidcTestServer.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
