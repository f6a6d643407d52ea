package io.partnerdesk.support;

import io.partnerdesk.testing.OidcTestServer;
import io.partnerdesk.testing.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** What every @QuarkusTest of this module runs against: PostgreSQL, an OIDC key set, stubbed subscriptions-service and
 * messagecenter-service. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "support"))
@WithTestResource(value = OidcTestServer.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SubscriptionsServiceStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MessageCenterStub.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
