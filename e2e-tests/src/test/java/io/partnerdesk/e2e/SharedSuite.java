package io.partnerdesk.e2e;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.partnerdesk.localstack.LocalSuite;
import io.partnerdesk.localstack.SuitePorts;

/**
 * One local suite (free ports, under target/suite) for every end-to-end class: started when a class first asks for it
 * as a parameter, stopped after the last class (and by a shutdown hook if the JVM ends early). Classes that stop or
 * kill a service start it again before they finish, so the next class finds the suite whole.
 */
public final class SharedSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("suite", key -> new Running(),
                Running.class).suite;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        // Webhook retries within seconds, so that the end-to-end test sees a 500 retried without waiting minutes.
        final LocalSuite suite = new LocalSuite(Path.of(".."), Path.of("target/suite"), SuitePorts.free())
                .withEnvironment("messagecenter-service", Map.of(
                        "PARTNERDESK_WEBHOOKS_DELIVERY_INITIAL_DELAY", "PT0.5S",
                        "PARTNERDESK_WEBHOOKS_DELIVERY_MAX_DELAY", "PT1S"));

        Running() {
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
            suite.start();
        }

        @Override
        public void close() {
            suite.stop();
        }
    }
}
