package io.partnerdesk.messagecenter;

import io.partnerdesk.testing.OidcTestServer;
import io.partnerdesk.testing.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * What every @QuarkusTest of this module runs against: PostgreSQL and an OIDC key set (real), and a stand-in for
 * subscriptions-service's tenant directory.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "messagecenter"))
@WithTestResource(value = OidcTestServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TenantDirectoryStub.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
